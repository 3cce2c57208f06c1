package io.grassroots.share.access;

import io.grassroots.calendar.Period;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.Paging;
import io.grassroots.platform.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads of a unit's shared data, each written to the unit's access log, and the log itself. A read
 * the caller may not make is logged as denied and answered 404, like an object that is not theirs.
 */
@Path("/api")
@Authenticated
public class DataReadResource {
    @Inject
    DataReads reads;
    @Inject
    CurrentCaller current;

    @GET
    @Path("/data/{unit}/{indicator}")
    public DataReads.ValueView read(@PathParam("unit") String unit, @PathParam("indicator") String code,
            @QueryParam("period") @NotNull @Pattern(regexp = Period.PATTERN, message = Period.RULE) String period,
            @QueryParam("asOf") String asOf) {
        return reads.read(unit, code, period, instant(asOf), current.get());
    }

    @GET
    @Path("/units/{code}/access-log")
    public Page<AccessLogQuery.LogLine> accessLog(@PathParam("code") String unit, @BeanParam Paging paging) {
        // Not @Valid here: whether the log is the caller's is weighed first, so DataReads checks the paging.
        return reads.accessLog(unit, paging, current.get());
    }

    private static Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "FORMAT", "asOf must be an instant like 2026-05-01T00:00:00Z");
        }
    }
}
