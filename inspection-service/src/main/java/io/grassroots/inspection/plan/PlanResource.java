package io.grassroots.inspection.plan;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.Paging;
import io.grassroots.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jakarta.ws.rs.BeanParam;

/** Inspection plans: departments file and withdraw their own; coordinators of the region decide. */
@Path("/api/plans")
public class PlanResource {
    @Inject
    PlanService service;
    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Role.DEPARTMENT_NAME)
    public Response create(@Valid @NotNull(message = "a plan is required") PlanRequest request) {
        PlanView created = service.create(request, caller.get());
        return Response.created(URI.create("/api/plans/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.DEPARTMENT_NAME)
    public PlanView update(@PathParam("id") String id,
            @Valid @NotNull(message = "a plan is required") PlanRequest request) {
        return service.update(Params.id(id, "plan"), request, caller.get());
    }

    @GET
    @RolesAllowed({ Role.DEPARTMENT_NAME, Role.COORDINATOR_NAME, Role.AUDITOR_NAME })
    public Page<PlanView> list(@QueryParam("year") Integer year,
            @QueryParam("status") @OneOf(PlanStatus.class) String status,
            @QueryParam("department") String department, @Valid @BeanParam Paging paging) {
        return service.list(caller.get(), year, Params.enumOf(PlanStatus.class, "status", status),
                Params.text(department), paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.DEPARTMENT_NAME, Role.COORDINATOR_NAME, Role.AUDITOR_NAME })
    public PlanView get(@PathParam("id") String id) {
        return service.get(Params.id(id, "plan"), caller.get());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Role.DEPARTMENT_NAME)
    public PlanView submit(@PathParam("id") String id) {
        return service.submit(Params.id(id, "plan"), caller.get());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.DEPARTMENT_NAME)
    public PlanView cancel(@PathParam("id") String id, @Valid CancelRequest request) {
        return service.cancel(Params.id(id, "plan"), request, caller.get());
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Role.COORDINATOR_NAME)
    public PlanView decide(@PathParam("id") String id,
            @Valid @NotNull(message = "a decision is required") DecisionRequest request) {
        return service.decide(Params.id(id, "plan"), request, caller.get());
    }
}
