package io.grassroots.share.request;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.Params;
import io.grassroots.share.directory.DirectoryQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists data requests, newest first, a page at a time: a department its own, coordinators and
 * auditors those of the departments in their region (optionally one department's), filtered by
 * period and status. The list carries the figures, not the fields; one request's page has those.
 */
@ApplicationScoped
public class RequestList {
    @Inject
    EntityManager em;
    @Inject
    DirectoryQuery directory;

    @Transactional
    public Page<DataRequestView> list(Caller caller, String period, String status, String department,
            PageRequest paging) {
        // The period's format and the status's name were checked by RequestResource's constraints.
        String p = Params.text(period);
        RequestStatus s = Params.enumOf(RequestStatus.class, "status", status);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (caller.role() == Role.DEPARTMENT) {
            // A department's own only: a department named in the query cannot widen that.
            where.append(" and r.departmentId = :own");
            params.put("own", caller.department());
        } else {
            List<String> inRegion = directory.departmentsIn(caller.region());
            // No department in the region: an id no department has keeps the list empty.
            where.append(" and r.departmentId in :region");
            params.put("region", inRegion.isEmpty() ? List.of("") : inRegion);
            String d = Params.text(department);
            if (d != null) {
                where.append(" and r.departmentId = :department");
                params.put("department", d);
            }
        }
        if (p != null) {
            where.append(" and r.period = :period");
            params.put("period", p);
        }
        if (s != null) {
            where.append(" and r.status = :status");
            params.put("status", s);
        }
        TypedQuery<DataRequest> rows = em.createQuery("select r from DataRequest r" + where
                + " order by r.createdAt desc, r.id", DataRequest.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from DataRequest r" + where, Long.class);
        params.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<DataRequestView> items = rows.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size())
                .getResultList().stream().map(r -> DataRequestView.of(r, null)).toList();
        return new Page<>(items, paging.page(), paging.size(), count.getSingleResult());
    }
}
