package io.grassroots.share.request;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.JpqlFilter;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.Params;
import io.grassroots.share.directory.DirectoryQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

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
        JpqlFilter where = new JpqlFilter();
        if (caller.role() == Role.DEPARTMENT) {
            // A department's own only: a department named in the query cannot widen that.
            where.and("r.departmentId = :own", "own", caller.department());
        } else {
            List<String> inRegion = directory.departmentsIn(caller.region());
            // No department in the region: an id no department has keeps the list empty.
            where.and("r.departmentId in :region", "region", inRegion.isEmpty() ? List.of("") : inRegion);
            String d = Params.text(department);
            if (d != null) {
                where.and("r.departmentId = :department", "department", d);
            }
        }
        if (p != null) {
            where.and("r.period = :period", "period", p);
        }
        if (s != null) {
            where.and("r.status = :status", "status", s);
        }
        return where.page(em, DataRequest.class, "r", "r.createdAt desc, r.id", paging)
                .map(r -> DataRequestView.of(r, null));
    }
}
