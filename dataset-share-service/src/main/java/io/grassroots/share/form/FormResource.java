package io.grassroots.share.form;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.Paging;
import io.grassroots.platform.web.Params;
import io.grassroots.share.form.mapping.UnitMatcher;
import io.grassroots.share.workbook.WorkbookFiles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A department's own forms (填表报数): upload one as it would send it to units, review the proposed
 * mapping, confirm it to file the data request, and download the same workbook filled from shared data.
 */
@Path("/api/forms")
@RolesAllowed(Role.DEPARTMENT_NAME)
public class FormResource {
    @Inject
    FormService forms;
    @Inject
    FormQuery query;
    @Inject
    FormWorkbook workbooks;
    @Inject
    CurrentCaller caller;

    @POST
    // Any type: the file is judged by its bytes (a refusal names what is wrong), not by a generic 415.
    @Consumes(MediaType.WILDCARD)
    public Response upload(byte[] body, @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        FormView view = forms.upload(body, contentType, name, caller.get());
        return Response.created(URI.create("/api/forms/" + view.id())).entity(view).build();
    }

    @GET
    public Page<FormView.Item> list(@QueryParam("status") @OneOf(Form.Status.class) String status,
            @Valid @BeanParam Paging paging) {
        return query.list(caller.get(), Params.enumOf(Form.Status.class, "status", status), paging.request());
    }

    @GET
    @Path("/{id}")
    public FormView get(@PathParam("id") String id) {
        return query.get(Params.id(id, "form"), caller.get());
    }

    @GET
    @Path("/{id}/rows")
    public Page<FormView.RowView> rows(@PathParam("id") String id,
            @QueryParam("match") @OneOf(UnitMatcher.How.class) String match, @Valid @BeanParam Paging paging) {
        return query.rows(Params.id(id, "form"), caller.get(), Params.enumOf(UnitMatcher.How.class, "match", match),
                paging.request());
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public FormView confirm(@PathParam("id") String id,
            @Valid @NotNull(message = "the title, period and due date are required") FormConfirmation confirmation) {
        return forms.confirm(Params.id(id, "form"), confirmation, caller.get());
    }

    @GET
    @Path("/{id}/workbook")
    @Produces(WorkbookFiles.XLSX)
    public Response workbook(@PathParam("id") String id) {
        FormWorkbook.Filled filled = workbooks.filled(Params.id(id, "form"), caller.get());
        return Response.ok(filled.body(), WorkbookFiles.XLSX)
                .header("Content-Disposition", "attachment; filename=\"form.xlsx\"; "
                        + "filename*=UTF-8''"
                        + URLEncoder.encode(filled.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
