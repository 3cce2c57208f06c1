package io.grassroots.web.requests;

import io.grassroots.calendar.Period;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Data requests: a department's own (coordinators and auditors read their region's), filtered by
 * period, status and, above a department, by department, paged and updated in place by htmx; and
 * one request with each field answered from shared data (source, version) or waiting on a unit's task.
 */
@Path("/data-requests")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {
    static final int PAGE_SIZE = 20;
    /** A department id as the directory writes it (region code, a dash, a name). */
    private static final Pattern DEPARTMENT = Pattern.compile("[0-9]{2,12}-[A-Za-z0-9_-]{1,60}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(User user, Filter filter, RequestViews.RequestPage result,
                List<String> statuses, String typedPeriod, FormErrors errors);

        static native TemplateInstance list$results(User user, Filter filter, RequestViews.RequestPage result);

        static native TemplateInstance detail(User user, RequestViews.Request request,
                Map<String, RequestViews.Indicator> catalog, boolean filed);
    }

    /** The list's filter as the query string gives it; a value the API would refuse is dropped, not sent on. */
    public record Filter(String period, String status, String department, int page) {
        public String query(int toPage) {
            return GatewayClient.path("/data-requests", "period", period, "status", status, "department", department,
                    "page", toPage == 0 ? null : toPage);
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    RequestApi requests;

    @GET
    public Response list(@QueryParam("period") String period, @QueryParam("status") String status,
            @QueryParam("department") String department, @QueryParam("page") String page,
            @HeaderParam("HX-Request") String htmx, @HeaderParam("HX-History-Restore-Request") String restore) {
        User user = viewer.require(Role.DEPARTMENT, Role.COORDINATOR, Role.AUDITOR);
        String p = period == null || period.isBlank() ? null : period.trim();
        FormErrors errors = FormErrors.none();
        if (p != null && !Period.isValid(p)) {
            errors = FormErrors.field("period", "数据期间格式不正确，应为 2025、2025-06 或 2025-Q2");
            p = null;
        }
        String d = user.role() == Role.DEPARTMENT || department == null || !DEPARTMENT.matcher(department.trim())
                .matches() ? null : department.trim();
        boolean partial = htmx != null && restore == null;
        if (errors.any() && partial) {
            // The problem belongs next to the period's input, which a partial update does not replace.
            return Response.noContent().header("HX-Redirect", GatewayClient.path("/data-requests", "period", period,
                    "status", status, "department", department)).build();
        }
        Integer pageNumber = QueryNumbers.within(page, 0, 100_000);
        Filter filter = new Filter(p, status != null && RequestViews.STATUSES.contains(status) ? status : null, d,
                pageNumber == null ? 0 : pageNumber);
        RequestViews.RequestPage result = requests.map(gateway.get(GatewayClient.path("/api/data-requests", "period",
                filter.period(), "status", filter.status(), "department", filter.department(), "page", filter.page(),
                "size", PAGE_SIZE), user.token()), RequestViews.RequestPage.class);
        // A partial update replaces the results only; a history restore needs the whole page again.
        TemplateInstance html = partial ? Templates.list$results(user, filter, result)
                : Templates.list(user, filter, result, RequestViews.STATUSES,
                        period == null ? "" : period.trim(), errors);
        return Response.status(errors.any() ? 400 : 200).entity(html).header("Vary", "HX-Request")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    public Response detail(@PathParam("id") String id, @QueryParam("filed") String filed) {
        User user = viewer.require(Role.DEPARTMENT, Role.COORDINATOR, Role.AUDITOR);
        RequestViews.Request request = requests.load(id, user);
        return Response.ok(Templates.detail(user, request, requests.catalog(user), filed != null))
                .header("Cache-Control", "no-store").build();
    }
}
