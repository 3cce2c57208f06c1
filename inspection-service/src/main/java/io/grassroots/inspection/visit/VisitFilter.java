package io.grassroots.inspection.visit;

import io.grassroots.platform.web.Params;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a list of visits is narrowed to, beyond what the caller may see: a unit, a department, days,
 * a status, and a region (every unit whose code starts with it: a county, a township and its villages).
 */
public record VisitFilter(String unit, String department, LocalDate from, LocalDate to, VisitStatus status,
        String region) {
    /** A province (2 digits) down to a village (12): the codes of the national registry. */
    private static final Pattern REGION = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}");

    /** Reads the query parameters; each bad one is named in a 400 and nothing is read. */
    public static VisitFilter of(String unit, String department, String from, String to, String status,
            String region) {
        List<Violation> violations = new ArrayList<>();
        LocalDate fromDate = date("from", from, violations);
        LocalDate toDate = date("to", to, violations);
        VisitStatus visitStatus = null;
        if (Params.text(status) != null) {
            try {
                visitStatus = VisitStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("status", "ENUM", "status must be one of "
                        + Arrays.toString(VisitStatus.values()) + ", was " + Params.shortened(status)));
            }
        }
        String prefix = Params.text(region);
        if (prefix != null && !REGION.matcher(prefix).matches()) {
            violations.add(new Violation("region", "FORMAT", "region must be a code of 2, 4, 6, 9 or 12 digits, was "
                    + Params.shortened(prefix)));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new VisitFilter(Params.text(unit), Params.text(department), fromDate, toDate, visitStatus, prefix);
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        try {
            return Params.date(field, value);
        } catch (ProblemException e) {
            violations.addAll(e.toProblem(null).violations());
            return null;
        }
    }
}
