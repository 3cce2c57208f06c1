package io.grassroots.share.data;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.ValidationProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Units report their own data once; departments and coordinators import audit and statistics results. */
@Path("/api")
public class ReportResource {
    private static final String NONE = "at least one value is required";
    private static final String TOO_MANY = "at most " + ReportService.MAX_BATCH + " values in one batch";

    /** The sources an import may name: audit and statistics results, never a unit's own report. */
    enum ImportSource {
        AUDIT, STATISTICS
    }

    /** A CSV import's rows, held to the bounds a JSON batch's parameter declares. */
    record CsvBatch(
            @NotEmpty(message = NONE) @Size(max = ReportService.MAX_BATCH, message = TOO_MANY) List<ReportItem> body) {
    }

    @Inject
    ReportService reports;
    @Inject
    CurrentCaller caller;
    @Inject
    Validator validator;

    @POST
    @Path("/reports")
    @RolesAllowed(Role.UNIT_NAME)
    public ReportOutcome report(
            @NotEmpty(message = NONE) @Size(max = ReportService.MAX_BATCH, message = TOO_MANY) List<ReportItem> items,
            @QueryParam("partial") boolean partial) {
        return reports.report(items, partial, ValueSource.UNIT_REPORT, caller.get());
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.DEPARTMENT_NAME, Role.COORDINATOR_NAME })
    public ReportOutcome importJson(
            @NotEmpty(message = NONE) @Size(max = ReportService.MAX_BATCH, message = TOO_MANY) List<ReportItem> items,
            @QueryParam("source") @NotBlank @OneOf(ImportSource.class) String source,
            @QueryParam("partial") boolean partial) {
        return reports.report(items, partial, source(source), caller.get());
    }

    /** CSV with a header line: unit,indicator,period,value. */
    @POST
    @Path("/imports")
    @Consumes("text/csv")
    @RolesAllowed({ Role.DEPARTMENT_NAME, Role.COORDINATOR_NAME })
    public ReportOutcome importCsv(String csv, @QueryParam("source") @NotBlank @OneOf(ImportSource.class) String source,
            @QueryParam("partial") boolean partial) {
        List<ReportItem> rows = ValidationProblems.valid(validator, new CsvBatch(parse(csv)), NONE).body();
        return reports.report(rows, partial, source(source), caller.get());
    }

    private static ValueSource source(String source) {
        return ValueSource.valueOf(ImportSource.valueOf(source.trim()).name());
    }

    private static List<ReportItem> parse(String csv) {
        List<ReportItem> items = new ArrayList<>();
        String[] lines = csv == null ? new String[0] : csv.strip().split("\\R");
        if (lines.length < 2 || !lines[0].replace(" ", "").equalsIgnoreCase("unit,indicator,period,value")) {
            throw ProblemException.invalid("body", "FORMAT",
                    "CSV needs the header unit,indicator,period,value and rows");
        }
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            BigDecimal value = null;
            try {
                value = f.length > 3 && !f[3].isBlank() ? new BigDecimal(f[3].trim()) : null;
            } catch (NumberFormatException e) {
                // Left null: the row is refused as having no value, with its row number.
            }
            items.add(new ReportItem(f[0].trim(), f.length > 1 ? f[1].trim() : null, f.length > 2 ? f[2].trim() : null,
                    value));
        }
        return items;
    }
}
