package io.grassroots.share.request;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.calendar.Period;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.Paging;
import io.grassroots.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Data requests (填表报数): answered from shared data first, the rest asked of units as tasks. */
@Path("/api/data-requests")
public class RequestResource {
    @Inject
    RequestService requests;
    @Inject
    RequestList list;
    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Role.DEPARTMENT_NAME)
    public Response file(@Valid @NotNull(message = "a data request is required") DataRequestInput input) {
        DataRequestView filed = requests.file(input, caller.get());
        return Response.created(URI.create("/api/data-requests/" + filed.id())).entity(filed).build();
    }

    /** A department's own requests; coordinators and auditors those of their region. Paged, newest first. */
    @GET
    @RolesAllowed({ Role.DEPARTMENT_NAME, Role.COORDINATOR_NAME, Role.AUDITOR_NAME })
    public Page<DataRequestView> list(
            @QueryParam("period") @Pattern(regexp = "\\s*(" + Period.PATTERN + ")?\\s*",
                    message = Period.RULE) String period,
            @QueryParam("status") @OneOf(RequestStatus.class) String status,
            @QueryParam("department") String department, @Valid @BeanParam Paging paging) {
        return list.list(caller.get(), period, status, department, paging.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.DEPARTMENT_NAME, Role.COORDINATOR_NAME, Role.AUDITOR_NAME })
    public DataRequestView get(@PathParam("id") String id) {
        return requests.get(Params.id(id, "data request"), caller.get());
    }
}
