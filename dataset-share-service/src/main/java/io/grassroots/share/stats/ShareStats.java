package io.grassroots.share.stats;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.share.directory.DirectoryQuery;
import io.grassroots.share.form.FormQuery;
import io.grassroots.share.request.RequestStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The share's effect in a year, from the requests' figures ({@link RequestStats}) and the forms filed
 * ({@link FormQuery#filedRequests}); it reads no table itself. A department counts its own requests, coordinators and
 * auditors those of their region, others the whole platform.
 */
@ApplicationScoped
public class ShareStats {
    /** The figures, for the year and for each of its months (Beijing time, by the day a request was filed). */
    public record Stats(int year, String scope, long requests, long fieldsRequested, long answeredFromShared,
            long askedOfUnits, long coalesced, long tasksIssued, long minutesSaved, double shareAnswered,
            Forms forms, List<Month> months) {
    }

    /** The requests filed as departments' own forms (counted in the figures above too): forms and their cells. */
    public record Forms(long filed, long cells, long filledFromShared) {
    }

    /** One month's requests: the same figures, so that the share can be followed through the year. */
    public record Month(int month, long requests, long fieldsRequested, long answeredFromShared, long coalesced,
            double shareAnswered) {
    }

    @Inject
    RequestStats requests;
    @Inject
    FormQuery forms;
    @Inject
    DirectoryQuery directory;

    @Transactional
    public Stats of(int year, Caller caller) {
        String scope;
        List<String> departments;
        if (caller.role() == Role.DEPARTMENT) {
            scope = caller.department();
            departments = List.of(scope);
        } else if (caller.role() == Role.COORDINATOR || caller.role() == Role.AUDITOR) {
            scope = caller.region();
            departments = directory.departmentsIn(scope);
        } else {
            scope = "platform";
            departments = null;
        }
        RequestStats.Totals totals = requests.totals(year, departments);
        RequestStats.Totals filed = requests.totalsOf(year, departments, forms.filedRequests(departments));
        long[][] byMonth = new long[13][4];
        for (RequestStats.MonthTotals m : requests.months(year, departments)) {
            byMonth[m.month()] = new long[] { m.requests(), m.fieldsRequested(), m.answeredFromShared(),
                    m.coalesced() };
        }
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            long[] f = byMonth[m];
            months.add(new Month(m, f[0], f[1], f[2], f[3], share(f[2], f[1])));
        }
        return new Stats(year, scope, totals.requests(), totals.fieldsRequested(), totals.answeredFromShared(),
                totals.askedOfUnits(), totals.coalesced(), requests.tasks(year, departments), totals.minutesSaved(),
                share(totals.answeredFromShared(), totals.fieldsRequested()),
                new Forms(filed.requests(), filed.fieldsRequested(), filed.answeredFromShared()), months);
    }

    /** answered / requested to three decimals, 0 when nothing was requested. */
    private static double share(long answered, long requested) {
        return requested == 0 ? 0 : Math.round(1000.0 * answered / requested) / 1000.0;
    }
}
