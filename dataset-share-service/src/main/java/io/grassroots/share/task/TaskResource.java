package io.grassroots.share.task;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.Params;
import io.grassroots.share.workbook.Upload;
import io.grassroots.share.workbook.WorkbookFiles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** A unit's tasks: only the fields nobody had, answered in the console or as a small workbook. */
@Path("/api/tasks")
@RolesAllowed(Role.UNIT_NAME)
public class TaskResource {
    @Inject
    TaskService tasks;
    @Inject
    WorkbookFiles files;
    @Inject
    CurrentCaller caller;

    @GET
    public List<TaskView> list(@QueryParam("status") @OneOf(TaskStatus.class) String status) {
        return tasks.mine(caller.get(), Params.enumOf(TaskStatus.class, "status", status));
    }

    @POST
    @Path("/{id}/submit")
    public TaskView submit(@PathParam("id") String id,
            @Valid @NotNull(message = "the values of the task's open fields are required") Submission submission) {
        return tasks.submit(Params.id(id, "task"), submission, caller.get());
    }

    /** The open fields as an .xlsx to fill offline. */
    @GET
    @Path("/{id}/workbook")
    public Response workbook(@PathParam("id") String id) {
        TaskSheet sheet = tasks.sheet(Params.id(id, "task"), caller.get());
        return Response.ok(TaskWorkbook.write(sheet), WorkbookFiles.XLSX)
                .header("Content-Disposition", TaskWorkbook.disposition(sheet))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /**
     * The filled workbook (or a CSV with the same columns). Any Content-Type is taken: the file's own
     * bytes say what it is, and what is not a workbook is a 400 problem on "file", not a 415. A formula
     * cell counts by the result cached in the file, as Excel last computed it ({@link FilledRows}).
     */
    @POST
    @Path("/{id}/workbook")
    @Consumes(MediaType.WILDCARD)
    public SheetOutcome upload(@PathParam("id") String id, byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("partial") boolean partial) {
        UUID task = Params.id(id, "task");
        Caller who = caller.get();
        // Another unit's task is a 404 whatever the file; the sheet is read outside any transaction.
        tasks.open(task, who);
        List<FilledRows.Filled> rows;
        try (Upload upload = files.open(body, contentType)) {
            rows = FilledRows.read(upload);
        }
        return tasks.answer(task, rows, partial, who);
    }
}
