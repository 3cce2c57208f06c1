package io.grassroots.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.Formats;
import io.grassroots.web.i18n.Zh;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department's plans (coordinators and auditors read those of their region): the list filtered by
 * year and status and paged, updated in place by htmx; one plan with its rule findings; its submission.
 */
@Path("/plans")
@Produces(MediaType.TEXT_HTML)
public class PlanPages {
    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(User user, Filter filter, PlanViews.PlanPage result, List<Integer> years,
                List<String> statuses);

        static native TemplateInstance list$results(User user, Filter filter, PlanViews.PlanPage result);

        static native TemplateInstance detail(User user, PlanViews.Plan plan, String notice, List<String> problems);
    }

    /** The list's filter as the query string gives it; unknown values are dropped, not sent on. */
    public record Filter(Integer year, String status, int page) {
        public String query(int toPage) {
            return GatewayClient.path("/plans", "year", year, "status", status, "page", toPage == 0 ? null : toPage);
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    PlanApi plans;

    @GET
    public Response list(@QueryParam("year") String year, @QueryParam("status") String status,
            @QueryParam("page") String page, @HeaderParam("HX-Request") String htmx,
            @HeaderParam("HX-History-Restore-Request") String restore) {
        User user = viewer.require(Role.DEPARTMENT, Role.COORDINATOR, Role.AUDITOR);
        Integer pageNumber = QueryNumbers.within(page, 0, 100_000);
        Filter filter = new Filter(QueryNumbers.within(year, 2000, 2100),
                status != null && PlanViews.STATUSES.contains(status) ? status : null,
                pageNumber == null ? 0 : pageNumber);
        JsonNode body = gateway.get(GatewayClient.path("/api/plans", "year", filter.year(), "status", filter.status(),
                "page", filter.page(), "size", PAGE_SIZE), user.token());
        PlanViews.PlanPage result = plans.map(body, PlanViews.PlanPage.class);
        // A partial update replaces the results only; a history restore needs the whole page again.
        TemplateInstance page2 = htmx != null && restore == null ? Templates.list$results(user, filter, result)
                : Templates.list(user, filter, result, Formats.planningYears(), PlanViews.STATUSES);
        return Response.ok(page2).header("Vary", "HX-Request").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    public Response detail(@PathParam("id") String id) {
        User user = viewer.require(Role.DEPARTMENT, Role.COORDINATOR, Role.AUDITOR);
        return Response.ok(Templates.detail(user, plans.load(id, user), null, List.of()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/submit")
    public Response submit(@PathParam("id") String id) {
        User user = viewer.require(Role.DEPARTMENT);
        PlanApi.checkId(id);
        return act(user, id, "submit", null, "计划已报送，等待统筹办审批。");
    }

    /** Cancels the plan with the department's reason; its visits drop it, as the schedule says. */
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @FormParam("reason") String reason) {
        User user = viewer.require(Role.DEPARTMENT);
        PlanApi.checkId(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason == null || reason.isBlank() ? null : reason.trim());
        return act(user, id, "cancel", body, "计划已撤销，已排期的检查不再包含本计划。");
    }

    /** Posts an action on the plan and shows the plan after it, or the refusal in Chinese above it. */
    private Response act(User user, String id, String action, Object body, String done) {
        GatewayClient.Answer answer = gateway.send("POST", "/api/plans/" + id + "/" + action, user.token(), body);
        if (answer.ok()) {
            return Response.ok(Templates.detail(user, plans.map(answer.body(), PlanViews.Plan.class), done,
                    List.of())).header("Cache-Control", "no-store").build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() == 404) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        List<String> problems = problem.violations().stream().map(Zh::violation).toList();
        return Response.status(problem.status()).entity(Templates.detail(user, plans.load(id, user),
                Zh.problem(problem), problems)).header("Cache-Control", "no-store").build();
    }
}
