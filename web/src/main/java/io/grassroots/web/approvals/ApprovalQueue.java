package io.grassroots.web.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.plans.PlanViews;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The coordinator's approval queue: the region's submitted plans with their rule findings, each with
 * a form to approve (accepting each review finding by name) or reject, always with a reason.
 */
@Path("/approvals")
@Produces(MediaType.TEXT_HTML)
public class ApprovalQueue {
    static final int PAGE_SIZE = 20;
    /** The inputs a decision problem can be shown next to. */
    static final Set<String> INPUTS = Set.of("decision", "reason", "acceptedFindings");
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(User user, Queue queue, PlanViews.PlanPage result, Decided decided,
                String notice);
    }

    /** Which page of the queue, as the query string gives it; a bad value is dropped, not sent on. */
    public record Queue(Integer year, int page) {
        public String query(int toPage) {
            return GatewayClient.path("/approvals", "year", year, "page", toPage == 0 ? null : toPage);
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;

    @GET
    public Response queue(@QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("decided") String decided) {
        User user = viewer.require(Role.COORDINATOR);
        String notice = "APPROVE".equals(decided) ? "计划已批准。" : "REJECT".equals(decided) ? "计划已退回。" : null;
        return page(200, user, queue(year, page), Decided.none(), notice);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @FormParam("decision") String decision,
            @FormParam("reason") String reason, @FormParam("acceptedFindings") List<String> accepted,
            @FormParam("year") String year, @FormParam("page") String page) {
        User user = viewer.require(Role.COORDINATOR);
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        Queue queue = queue(year, page);
        String chosen = "REJECT".equals(decision) ? "REJECT" : "APPROVE";
        // Only an approval accepts findings: a rejection must not carry boxes ticked before switching.
        List<String> acceptedFindings = "APPROVE".equals(chosen) && accepted != null ? List.copyOf(accepted)
                : List.of();
        Decided typed = new Decided(id, chosen, reason, acceptedFindings, FormErrors.none());
        if (reason == null || reason.isBlank()) {
            // The API lets an approval without review findings go unexplained; the region's record wants a reason.
            return page(400, user, queue, withErrors(typed, FormErrors.field("reason", "请填写理由")), null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", chosen);
        body.put("reason", reason.trim());
        body.put("acceptedFindings", acceptedFindings);
        GatewayClient.Answer answer = gateway.send("POST", "/api/plans/" + id + "/decision", user.token(), body);
        if (answer.ok()) {
            // Post, then redirect: a reload does not decide twice.
            return Response.seeOther(URI.create(GatewayClient.path("/approvals", "year", queue.year(),
                    "decided", chosen))).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() == 404) {
            throw new NotFoundException();
        }
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            throw new ApiException(problem);
        }
        return page(problem.status(), user, queue, withErrors(typed, FormErrors.of(problem, INPUTS)), null);
    }

    private static Decided withErrors(Decided typed, FormErrors errors) {
        return new Decided(typed.id(), typed.decision(), typed.reason(), typed.accepted(), errors);
    }

    private Response page(int status, User user, Queue queue, Decided decided, String notice) {
        JsonNode body = gateway.get(GatewayClient.path("/api/plans", "status", "SUBMITTED", "year", queue.year(),
                "page", queue.page(), "size", PAGE_SIZE), user.token());
        PlanViews.PlanPage result = gateway.map(body, PlanViews.PlanPage.class);
        return Response.status(status).entity(Templates.queue(user, queue, result, decided, notice))
                .header("Cache-Control", "no-store").build();
    }

    private static Queue queue(String year, String page) {
        Integer p = QueryNumbers.within(page, 0, 100_000);
        return new Queue(QueryNumbers.within(year, 2000, 2100), p == null ? 0 : p);
    }

}
