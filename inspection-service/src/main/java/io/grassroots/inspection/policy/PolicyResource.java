package io.grassroots.inspection.policy;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import io.grassroots.platform.web.PlanYear;

/** Rule parameters, quotas and blackouts per region and year. */
@Path("/api/policy/{region}/{year}")
public class PolicyResource {
    @Inject
    PolicyService service;
    @Inject
    CurrentCaller caller;

    /** Coordinators and auditors of the region, and the departments it governs, read it. */
    @GET
    @RolesAllowed({ Role.COORDINATOR_NAME, Role.AUDITOR_NAME, Role.DEPARTMENT_NAME })
    public PolicyView get(@PathParam("region") String region, @PathParam("year") @PlanYear int year) {
        return service.get(region, year, caller.get());
    }

    @PUT
    @RolesAllowed(Role.COORDINATOR_NAME)
    public PolicyView put(@PathParam("region") String region, @PathParam("year") @PlanYear int year,
            PolicyDocument document) {
        return service.put(region, year, document, caller.get());
    }
}
