package io.grassroots.web.forms;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiIds;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayFiles;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A department's own spreadsheets: the list by status, paged (updated in place by htmx), and the upload
 * of a new one, whose bytes go on to the API as they are; the API proposes how its columns and rows map
 * to the catalog and the directory, which the department reviews on the form's page.
 */
@Path("/forms")
@Produces(MediaType.TEXT_HTML)
public class FormList {
    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Filter filter, FormViews.FormPage result, List<String> statuses,
                FormErrors errors, String fileName);

        static native TemplateInstance list$results(Filter filter, FormViews.FormPage result);
    }

    /** The list's filter as the query string gives it; an unknown status is dropped, not sent on. */
    public record Filter(String status, int page) {
        public String query(int toPage) {
            return GatewayClient.path("/forms", "status", status, "page", toPage == 0 ? null : toPage);
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    FormApi forms;
    @Inject
    GatewayFiles files;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("page") String page,
            @HeaderParam("HX-Request") String htmx, @HeaderParam("HX-History-Restore-Request") String restore) {
        User user = viewer.require(Role.DEPARTMENT);
        Filter filter = filter(status, page);
        FormViews.FormPage result = forms.list(filter.status(), filter.page(), PAGE_SIZE, user);
        // A partial update replaces the results only; a history restore needs the whole page again.
        TemplateInstance html = htmx != null && restore == null ? Templates.list$results(filter, result)
                : Templates.list(filter, result, FormViews.STATUSES, FormErrors.none(), null);
        return Response.ok(html).header("Vary", "HX-Request").header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        User user = viewer.require(Role.DEPARTMENT);
        String name = Spreadsheet.name(file);
        String refusal = Spreadsheet.refusal(file);
        if (refusal != null) {
            // Nothing to send, or more than the API takes: said here, next to the input, without a round trip.
            return page(user, Spreadsheet.refused(refusal), name);
        }
        GatewayClient.Answer answer = files.post(GatewayClient.path("/api/forms", "name", name), user.token(),
                Spreadsheet.contentType(name), Spreadsheet.body(file));
        if (answer.ok()) {
            String id = answer.body().path("id").asText();
            ApiIds.check(id);
            // Post, then redirect: a reload does not upload twice, and the form's page shows the proposal.
            return Response.seeOther(URI.create("/forms/" + id + "?uploaded=1")).build();
        }
        int status = answer.status();
        if (status != 400 && status != 409 && status != 413 && status != 415 && status != 422) {
            throw new ApiException(answer.problem());
        }
        return page(user, Spreadsheet.errors(answer.problem()), name);
    }

    private Response page(User user, FormErrors errors, String fileName) {
        Filter filter = new Filter(null, 0);
        return Response.status(400).entity(Templates.list(filter, forms.list(null, 0, PAGE_SIZE, user),
                FormViews.STATUSES, errors, fileName)).header("Cache-Control", "no-store").build();
    }

    private static Filter filter(String status, String page) {
        Integer number = QueryNumbers.within(page, 0, 100_000);
        return new Filter(status != null && FormViews.STATUSES.contains(status) ? status : null,
                number == null ? 0 : number);
    }
}
