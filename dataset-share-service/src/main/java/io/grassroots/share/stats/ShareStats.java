package io.grassroots.share.stats;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The share's effect in a year, read from the requests' figures: a read model over data_request,
 * request_field and form, which it only reads. A department counts its own requests, coordinators and
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

    private static final String IN_YEAR = " where extract(year from r.created_at at time zone 'Asia/Shanghai') = :year";

    @Inject
    EntityManager em;

    @Transactional
    public Stats of(int year, Caller caller) {
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
        Tuple totals = single(query("select count(*) as requests, coalesce(sum(fields_total), 0) as requested, "
                + "coalesce(sum(answered_shared), 0) as answered, coalesce(sum(asked_of_units), 0) as asked, "
                + "coalesce(sum(coalesced), 0) as coalesced, coalesce(sum(minutes_saved), 0) as minutes "
                + "from data_request r" + IN_YEAR + filter, year, filter, scope));
        long tasks = ((Number) query("select count(distinct f.task_id) from request_field f join data_request r "
                + "on r.id = f.request_id" + IN_YEAR + " and f.task_id is not null" + filter, year, filter, scope, null)
                .getSingleResult()).longValue();
        List<Tuple> monthly = list(query("select extract(month from r.created_at at time zone 'Asia/Shanghai')::int "
                + "as month, count(*) as requests, coalesce(sum(fields_total), 0) as requested, "
                + "coalesce(sum(answered_shared), 0) as answered, coalesce(sum(coalesced), 0) as coalesced "
                + "from data_request r" + IN_YEAR + filter + " group by 1", year, filter, scope));
        Tuple forms = single(query("select count(*) as filed, coalesce(sum(r.fields_total), 0) as cells, "
                + "coalesce(sum(r.answered_shared), 0) as shared from data_request r join form f on f.request_id = r.id"
                + IN_YEAR + filter, year, filter, scope));
        long[][] byMonth = new long[13][4];
        for (Tuple m : monthly) {
            int month = n(m, "month").intValue();
            byMonth[month] = new long[] { n(m, "requests").longValue(), n(m, "requested").longValue(),
                    n(m, "answered").longValue(), n(m, "coalesced").longValue() };
        }
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            long[] f = byMonth[m];
            months.add(new Month(m, f[0], f[1], f[2], f[3], share(f[2], f[1])));
        }
        long requested = n(totals, "requested").longValue();
        long answered = n(totals, "answered").longValue();
        return new Stats(year, scope, n(totals, "requests").longValue(), requested, answered,
                n(totals, "asked").longValue(), n(totals, "coalesced").longValue(), tasks, n(totals, "minutes").longValue(),
                share(answered, requested), new Forms(n(forms, "filed").longValue(), n(forms, "cells").longValue(),
                        n(forms, "shared").longValue()), months);
    }

    private Query query(String sql, int year, String filter, String scope) {
        return query(sql, year, filter, scope, Tuple.class);
    }

    private Query query(String sql, int year, String filter, String scope, Class<?> rows) {
        Query query = rows == null ? em.createNativeQuery(sql) : em.createNativeQuery(sql, rows);
        query.setParameter("year", year);
        if (!filter.isEmpty()) {
            query.setParameter("scope", scope);
        }
        return query;
    }

    private static Tuple single(Query query) {
        return (Tuple) query.getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> list(Query query) {
        return query.getResultList();
    }

    private static Number n(Tuple row, String alias) {
        return row.get(alias, Number.class);
    }

    /** answered / requested to three decimals, 0 when nothing was requested. */
    private static double share(long answered, long requested) {
        return requested == 0 ? 0 : Math.round(1000.0 * answered / requested) / 1000.0;
    }
}
