package io.grassroots.share.access;

import io.grassroots.platform.sql.SqlValues;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;

/** A unit's access log, newest first, a page at a time. */
@ApplicationScoped
public class AccessLogQuery {
    /** One line of a unit's access log. */
    public record LogLine(Instant at, String departmentId, String caller, String indicator, String period,
            String requestId, AccessLog.Outcome outcome, String reason) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    Page<LogLine> page(String unit, PageRequest paging) {
        List<Tuple> rows = em.createNativeQuery("select at, department_id, caller, indicator, period, "
                + "cast(request_id as varchar) as request_id, outcome, reason from access_log where unit_code = :u "
                + "order by at desc, id desc", Tuple.class).setParameter("u", unit)
                .setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size()).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from access_log where unit_code = :u")
                .setParameter("u", unit).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> new LogLine(SqlValues.instant(r.get("at")),
                r.get("department_id", String.class), r.get("caller", String.class), r.get("indicator", String.class),
                r.get("period", String.class), r.get("request_id", String.class),
                AccessLog.Outcome.valueOf(r.get("outcome", String.class)), r.get("reason", String.class))).toList(),
                paging.page(), paging.size(), total);
    }
}
