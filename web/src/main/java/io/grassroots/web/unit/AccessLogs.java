package io.grassroots.web.unit;

import io.grassroots.web.api.Departments;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.session.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A unit's access log as its two readers see it, the unit itself and an auditor of its region, departments named. */
@ApplicationScoped
public class AccessLogs {
    public static final int PAGE_SIZE = 30;

    @Inject
    GatewayClient gateway;
    @Inject
    Departments departments;

    /** A page of the unit's log; the API decides who may read it (404 for anyone else). */
    public UnitViews.LogPage page(String unit, int page, User user) {
        var body = gateway.get(GatewayClient.path("/api/units/" + unit + "/access-log", "page", page, "size",
                PAGE_SIZE), user.token());
        UnitViews.LogPage log = gateway.map(body, UnitViews.LogPage.class);
        return log.named(departments.names(log.departmentIds(), user.token()));
    }
}
