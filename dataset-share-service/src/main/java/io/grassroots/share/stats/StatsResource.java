package io.grassroots.share.stats;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.web.PlanYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * The share's effect in a year: fields requested, answered from shared data, asked of units, tasks
 * coalesced, and the unit time saved (minutes per field from the catalog). A department sees its own
 * requests, coordinators and auditors those of their region, others the whole platform.
 */
@Path("/api/share/stats")
@Authenticated
public class StatsResource {
    @Inject
    ShareStats stats;
    @Inject
    CurrentCaller current;

    @GET
    public ShareStats.Stats stats(@QueryParam("year") @PlanYear Integer year) {
        return stats.of(year, current.get());
    }
}
