package io.grassroots.inspection.directory;

import io.grassroots.inspection.directory.DirectoryViews.DepartmentView;
import io.grassroots.inspection.directory.DirectoryViews.NewDepartment;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.Paging;
import io.grassroots.platform.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotNull;

/** Departments: everyone signed in reads them; coordinators add them in their region. */
@Path("/api/departments")
@Authenticated
public class DepartmentResource {
    @Inject
    DirectoryQuery directory;
    @Inject
    DepartmentService service;
    @Inject
    CurrentCaller caller;

    @GET
    public Page<DepartmentView> list(@QueryParam("region") String region, @QueryParam("level") String level,
            @QueryParam("q") String q, @Valid @BeanParam Paging paging) {
        return directory.departments(Params.text(region), Params.text(level), Params.text(q), paging.request());
    }

    @GET
    @Path("/{id}")
    public DepartmentView get(@PathParam("id") String id) {
        return directory.department(id);
    }

    @POST
    @RolesAllowed(Role.COORDINATOR_NAME)
    public Response create(@Valid @NotNull(message = "a JSON body is required") NewDepartment request) {
        DepartmentView created = service.create(request, caller.get());
        return Response.created(URI.create("/api/departments/" + created.id())).entity(created).build();
    }

}
