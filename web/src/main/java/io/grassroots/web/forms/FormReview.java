package io.grassroots.web.forms;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiIds;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayFiles;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * One of a department's spreadsheets. While a draft: the proposed mapping to review (each column's
 * indicator, the rows whose unit is unclear, unreadable cells, title, period and due date), all its rows
 * paged, and "确认并发出", which posts only the corrections. Once filed: what shared data filled and what
 * units were asked, and the workbook filled so far to download.
 */
@Path("/forms/{id}")
@Produces(MediaType.TEXT_HTML)
public class FormReview {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(FormViews.Form form, FormViews.Catalog catalog, ReviewInput input,
                ReviewErrors errors, FormApi.RowFilter rowFilter, FormViews.RowPage allRows, List<String> matches,
                boolean uploaded);

        static native TemplateInstance review$rows(FormApi.RowFilter rowFilter, FormViews.RowPage allRows);

        static native TemplateInstance filed(FormViews.Form form, boolean justFiled, String notice);
    }

    @Inject
    Viewer viewer;
    @Inject
    FormApi forms;
    @Inject
    GatewayFiles files;

    @GET
    public Response show(@PathParam("id") String id, @QueryParam("match") String match,
            @QueryParam("rowsPage") String rowsPage, @QueryParam("uploaded") String uploaded,
            @QueryParam("filed") String filed, @HeaderParam("HX-Request") String htmx,
            @HeaderParam("HX-History-Restore-Request") String restore) {
        User user = viewer.require(Role.DEPARTMENT);
        FormViews.Form form = forms.load(id, user);
        if (form.filed()) {
            return html(200, Templates.filed(form, filed != null, null)).build();
        }
        Integer page = QueryNumbers.within(rowsPage, 0, 100_000);
        FormApi.RowFilter filter = new FormApi.RowFilter(id,
                match != null && FormViews.ROW_MATCHES.contains(match) ? match : null, page == null ? 0 : page);
        FormViews.RowPage rows = forms.rows(id, filter, user);
        if (htmx != null && restore == null) {
            // A partial update replaces the list of all rows only, never the boxes being filled in above it.
            return html(200, Templates.review$rows(filter, rows)).header("Vary", "HX-Request").build();
        }
        return review(200, user, form, ReviewInput.proposed(form), ReviewErrors.none(), filter, rows,
                uploaded != null);
    }

    /**
     * The review as posted. It comes as multipart/form-data: a form of hundreds of rows has more boxes
     * than Quarkus REST parses URL-encoded (1000, fixed), while multipart takes quarkus.http.limits.max-parameters.
     */
    @POST
    @Path("confirm")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response confirm(@PathParam("id") String id, @RestForm("title") String title,
            @RestForm("period") String period, @RestForm("dueDate") String dueDate,
            @RestForm("column") List<String> columns, @RestForm("unit") List<String> units,
            @RestForm("code") List<String> codes) {
        User user = viewer.require(Role.DEPARTMENT);
        FormViews.Form form = forms.load(id, user);
        if (form.filed()) {
            return html(409, Templates.filed(form, false, "该表格已经确认发出，无需再次确认。")).build();
        }
        ReviewInput input = ReviewInput.posted(title, period, dueDate, columns, units, codes);
        ReviewInput.Corrections sent = input.corrections(form);
        GatewayClient.Answer answer = files.postJson("/api/forms/" + id + "/confirm", user.token(), sent.body());
        if (answer.ok()) {
            // Post, then redirect: a reload does not confirm twice, and the page shows the summary.
            return Response.seeOther(URI.create("/forms/" + id + "?filed=1")).build();
        }
        int status = answer.status();
        if (status == 404) {
            throw new NotFoundException();
        }
        if (status != 400 && status != 409 && status != 422) {
            throw new ApiException(answer.problem());
        }
        FormViews.Form now = status == 409 ? forms.load(id, user) : form;
        if (now.filed()) {
            return html(409, Templates.filed(now, false, "该表格已经确认发出，无需再次确认。")).build();
        }
        FormApi.RowFilter filter = new FormApi.RowFilter(id, null, 0);
        return review(status, user, now, input, ReviewErrors.of(answer.problem(), sent), filter,
                forms.rows(id, filter, user), false);
    }

    /** The workbook filled so far, streamed from the API with its name; a draft has none yet. */
    @GET
    @Path("workbook")
    @Produces({ Spreadsheet.XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_HTML })
    public Response workbook(@PathParam("id") String id) {
        User user = viewer.require(Role.DEPARTMENT);
        ApiIds.check(id);
        try {
            return files.download("/api/forms/" + id + "/workbook", user.token());
        } catch (ApiException e) {
            if (e.problem().status() == 409) {
                // Not confirmed yet: its page says what is left to do.
                return Response.seeOther(URI.create("/forms/" + id)).build();
            }
            throw e;
        }
    }

    private Response review(int status, User user, FormViews.Form form, ReviewInput input, ReviewErrors errors,
            FormApi.RowFilter filter, FormViews.RowPage rows, boolean uploaded) {
        return html(status, Templates.review(form, new FormViews.Catalog(forms.catalog(user)), input, errors, filter,
                rows, FormViews.ROW_MATCHES, uploaded)).header("Vary", "HX-Request").build();
    }

    private static Response.ResponseBuilder html(int status, TemplateInstance page) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store");
    }
}
