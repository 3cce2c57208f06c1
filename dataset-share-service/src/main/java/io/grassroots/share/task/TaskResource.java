package io.grassroots.share.task;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** A unit's tasks: only the fields nobody had. */
@Path("/api/tasks")
@RolesAllowed(Role.UNIT_NAME)
public class TaskResource {
    @Inject
    TaskService tasks;
    @Inject
    CurrentCaller caller;

    @GET
    public List<TaskView> list(@QueryParam("status") String status) {
        return tasks.mine(caller.get(), Params.text(status));
    }

    @POST
    @Path("/{id}/submit")
    public TaskView submit(@PathParam("id") String id, TaskService.Submission submission) {
        return tasks.submit(Params.id(id, "task"), submission, caller.get());
    }
}
