package io.grassroots.share.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The requests' figures summed over a year (Beijing time, by the day a request was filed), for all
 * departments or those named: the read model behind the share's statistics.
 */
@ApplicationScoped
public class RequestStats {
    /** The summed figures of the requests counted. */
    public record Totals(long requests, long fieldsRequested, long answeredFromShared, long askedOfUnits,
            long coalesced, long minutesSaved) {
    }

    /** One month's summed figures (1 to 12); months without requests are absent. */
    public record MonthTotals(int month, long requests, long fieldsRequested, long answeredFromShared, long coalesced) {
    }

    private static final String IN_YEAR = " where extract(year from r.created_at at time zone 'Asia/Shanghai') = :year";
    private static final String SUMS = "count(*) as requests, coalesce(sum(r.fields_total), 0) as requested, "
            + "coalesce(sum(r.answered_shared), 0) as answered, coalesce(sum(r.asked_of_units), 0) as asked, "
            + "coalesce(sum(r.coalesced), 0) as coalesced, coalesce(sum(r.minutes_saved), 0) as minutes";

    @Inject
    EntityManager em;

    /** The year's totals of the departments' requests (null: every department's). */
    public Totals totals(int year, Collection<String> departments) {
        return totals((Tuple) query("select " + SUMS + " from data_request r" + IN_YEAR, year, departments, null)
                .getSingleResult());
    }

    /** The year's totals of those of the departments' requests that are among the ids. */
    public Totals totalsOf(int year, Collection<String> departments, Collection<UUID> requests) {
        if (requests.isEmpty()) {
            return new Totals(0, 0, 0, 0, 0, 0);
        }
        return totals((Tuple) query("select " + SUMS + " from data_request r" + IN_YEAR, year, departments, requests)
                .getSingleResult());
    }

    /** How many tasks the year's requests of the departments asked units for. */
    public long tasks(int year, Collection<String> departments) {
        return ((Number) query("select count(distinct f.task_id) from request_field f join data_request r "
                + "on r.id = f.request_id" + IN_YEAR + " and f.task_id is not null", year, departments, null, null)
                .getSingleResult()).longValue();
    }

    /** The year's figures month by month. */
    @SuppressWarnings("unchecked")
    public List<MonthTotals> months(int year, Collection<String> departments) {
        List<Tuple> rows = query("select extract(month from r.created_at at time zone 'Asia/Shanghai')::int as month, "
                + SUMS + " from data_request r" + IN_YEAR, year, departments, null, Tuple.class, " group by 1")
                .getResultList();
        return rows.stream().map(m -> new MonthTotals(n(m, "month").intValue(), n(m, "requests").longValue(),
                n(m, "requested").longValue(), n(m, "answered").longValue(), n(m, "coalesced").longValue())).toList();
    }

    private Query query(String sql, int year, Collection<String> departments, Collection<UUID> requests) {
        return query(sql, year, departments, requests, Tuple.class);
    }

    private Query query(String sql, int year, Collection<String> departments, Collection<UUID> requests,
            Class<?> rows) {
        return query(sql, year, departments, requests, rows, "");
    }

    private Query query(String sql, int year, Collection<String> departments, Collection<UUID> requests,
            Class<?> rows, String tail) {
        StringBuilder where = new StringBuilder(sql);
        if (departments != null) {
            // No department named counts nothing, as an empty region does.
            where.append(departments.isEmpty() ? " and false" : " and r.department_id in (:departments)");
        }
        if (requests != null) {
            where.append(" and r.id in (:requests)");
        }
        where.append(tail);
        Query query = rows == null ? em.createNativeQuery(where.toString())
                : em.createNativeQuery(where.toString(), rows);
        query.setParameter("year", year);
        if (departments != null && !departments.isEmpty()) {
            query.setParameter("departments", departments);
        }
        if (requests != null) {
            query.setParameter("requests", requests);
        }
        return query;
    }

    private static Totals totals(Tuple t) {
        return new Totals(n(t, "requests").longValue(), n(t, "requested").longValue(), n(t, "answered").longValue(),
                n(t, "asked").longValue(), n(t, "coalesced").longValue(), n(t, "minutes").longValue());
    }

    private static Number n(Tuple row, String alias) {
        return row.get(alias, Number.class);
    }
}
