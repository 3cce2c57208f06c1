package io.grassroots.share.stats;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;

/**
 * The share's effect in a year: fields requested, answered from shared data, asked of units, tasks
 * coalesced, and the unit time saved (minutes per field from the catalog). A department sees its own
 * requests, coordinators and auditors those of their region, others the whole platform.
 */
@Path("/api/share/stats")
@Authenticated
public class StatsResource {
    @Inject
    EntityManager em;
    @Inject
    CurrentCaller current;

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

    @GET
    @Transactional
    public Stats stats(@QueryParam("year") Integer year) {
        Params.year(year);
        Caller caller = current.get();
        String scope;
        String filter;
        if (caller.role() == Role.DEPARTMENT) {
            scope = caller.department();
            filter = " and r.department_id = :scope";
        } else if (caller.role() == Role.COORDINATOR || caller.role() == Role.AUDITOR) {
            scope = caller.region();
            filter = " and exists (select 1 from department d where d.id = r.department_id and d.region_code like :scope || '%')";
        } else {
            scope = "platform";
            filter = "";
        }
        var query = em.createNativeQuery("select count(*), coalesce(sum(fields_total), 0), coalesce(sum(answered_shared), 0), "
                + "coalesce(sum(asked_of_units), 0), coalesce(sum(coalesced), 0), coalesce(sum(minutes_saved), 0) "
                + "from data_request r where extract(year from r.created_at at time zone 'Asia/Shanghai') = :year" + filter)
                .setParameter("year", year);
        if (!filter.isEmpty()) {
            query.setParameter("scope", scope);
        }
        Object[] row = (Object[]) query.getSingleResult();
        var tasks = em.createNativeQuery("select count(distinct f.task_id) from request_field f join data_request r "
                + "on r.id = f.request_id where f.task_id is not null and extract(year from r.created_at at time zone "
                + "'Asia/Shanghai') = :year" + filter).setParameter("year", year);
        if (!filter.isEmpty()) {
            tasks.setParameter("scope", scope);
        }
        var monthly = em.createNativeQuery("select extract(month from r.created_at at time zone 'Asia/Shanghai')::int, "
                + "count(*), coalesce(sum(fields_total), 0), coalesce(sum(answered_shared), 0), "
                + "coalesce(sum(coalesced), 0) from data_request r where extract(year from r.created_at at time zone "
                + "'Asia/Shanghai') = :year" + filter + " group by 1").setParameter("year", year);
        if (!filter.isEmpty()) {
            monthly.setParameter("scope", scope);
        }
        var forms = em.createNativeQuery("select count(*), coalesce(sum(r.fields_total), 0), coalesce(sum(r.answered_shared), 0) "
                + "from data_request r join form f on f.request_id = r.id where extract(year from r.created_at at time zone "
                + "'Asia/Shanghai') = :year" + filter).setParameter("year", year);
        if (!filter.isEmpty()) {
            forms.setParameter("scope", scope);
        }
        Object[] formRow = (Object[]) forms.getSingleResult();
        long[][] byMonth = new long[13][4];
        for (Object r : monthly.getResultList()) {
            Object[] m = (Object[]) r;
            int month = ((Number) m[0]).intValue();
            for (int i = 0; i < 4; i++) {
                byMonth[month][i] = ((Number) m[i + 1]).longValue();
            }
        }
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            long[] f = byMonth[m];
            months.add(new Month(m, f[0], f[1], f[2], f[3], share(f[2], f[1])));
        }
        long requested = ((Number) row[1]).longValue();
        long answered = ((Number) row[2]).longValue();
        return new Stats(year, scope, ((Number) row[0]).longValue(), requested, answered, ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue(), ((Number) tasks.getSingleResult()).longValue(),
                ((Number) row[5]).longValue(), share(answered, requested), new Forms(((Number) formRow[0]).longValue(),
                        ((Number) formRow[1]).longValue(), ((Number) formRow[2]).longValue()), months);
    }

    /** answered / requested to three decimals, 0 when nothing was requested. */
    private static double share(long answered, long requested) {
        return requested == 0 ? 0 : Math.round(1000.0 * answered / requested) / 1000.0;
    }
}
