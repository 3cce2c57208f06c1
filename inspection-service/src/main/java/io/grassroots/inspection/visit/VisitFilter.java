package io.grassroots.inspection.visit;

import io.grassroots.platform.web.Params;
import java.time.LocalDate;

/**
 * What a list of visits is narrowed to, beyond what the caller may see: a unit, a department, days,
 * a status, and a region (every unit whose code starts with it: a county, a township and its villages).
 */
public record VisitFilter(String unit, String department, LocalDate from, LocalDate to, VisitStatus status,
        String region) {
    /**
     * Reads the query parameters, whose shape VisitResource's constraints checked (dates, a status of
     * {@link VisitStatus}, a region code of 2 to 12 digits).
     */
    public static VisitFilter of(String unit, String department, String from, String to, String status,
            String region) {
        return new VisitFilter(Params.text(unit), Params.text(department), Params.date("from", from),
                Params.date("to", to), Params.enumOf(VisitStatus.class, "status", status), Params.text(region));
    }
}
