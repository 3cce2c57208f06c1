package io.grassroots.web.visits;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.i18n.FormErrors;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One joint visit for its parties: the unit, days, plans, team and materials, the results recorded so
 * far; for a team member the result form of each plan it may record; for a coordinator the
 * confirmation of a planned visit. Auditors and departments read only.
 */
@Path("/visits")
@Produces(MediaType.TEXT_HTML)
public class VisitDetail {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(User user, VisitViews.Visit visit,
                Map<String, VisitViews.Indicator> names,
                ResultInput form, FormErrors errors, String notice, FormErrors confirmErrors);
    }

    @Inject
    Viewer viewer;
    @Inject
    VisitApi visits;
    @Inject
    GatewayClient gateway;

    @GET
    @Path("{id}")
    public Response detail(@PathParam("id") String id, @QueryParam("plan") String plan,
            @QueryParam("recorded") String recorded, @QueryParam("confirmed") String confirmed) {
        User user = viewer.require(Role.TEAM, Role.DEPARTMENT, Role.COORDINATOR, Role.AUDITOR);
        VisitViews.Visit visit = visits.load(id, user);
        String notice = recorded != null ? "结果已录入，已共享给数据共享平台。" : confirmed != null ? "检查已确认，已通知受检单位。"
                : null;
        return page(200, user, visit, blankForm(user, visit, plan), FormErrors.none(), notice, FormErrors.none());
    }

    @POST
    @Path("{id}/results")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") String id, @FormParam("planId") String planId,
            @FormParam("findings") String findings, @FormParam("rating") String rating,
            @FormParam("item") List<String> items, @FormParam("dueDate") List<String> dueDates,
            @FormParam("indicator") List<String> indicators, @FormParam("period") List<String> periods,
            @FormParam("value") List<String> values, @FormParam("op") String op) {
        User user = viewer.require(Role.TEAM);
        VisitApi.checkId(id);
        ResultInput form = ResultInput.posted(planId, findings, rating, items, dueDates, indicators, periods, values);
        if (op != null && !op.isBlank() && !"save".equals(op)) {
            // Adding or removing a row changes only the form: nothing goes to the API until it is saved.
            VisitViews.Visit visit = visits.load(id, user);
            return page(200, user, visit, edit(form, op, visit), FormErrors.none(), null, FormErrors.none());
        }
        GatewayClient.Answer answer = gateway.send("POST", "/api/visits/" + id + "/results", user.token(), form.body());
        if (answer.ok()) {
            // Post, then redirect: a reload does not record twice, and the page shows the recorded result.
            return Response.seeOther(URI.create("/visits/" + id + "?recorded=1#results")).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            // A visit of another department is the API's 404, shown as the error page like any other.
            throw new ApiException(problem);
        }
        return page(problem.status(), user, visits.load(id, user), form, ResultErrors.of(problem, form), null,
                FormErrors.none());
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") String id, @FormParam("back") String back,
            @FormParam("status") String status, @FormParam("from") String from, @FormParam("to") String to,
            @FormParam("county") String county, @FormParam("township") String township,
            @FormParam("page") String page) {
        User user = viewer.require(Role.COORDINATOR);
        VisitApi.checkId(id);
        GatewayClient.Answer answer = gateway.send("POST", "/api/visits/" + id + "/confirm", user.token(), null);
        if (answer.ok()) {
            // Back to the list the confirmation was made from, its filter rebuilt from checked values, else to the visit.
            if ("list".equals(back)) {
                String list = VisitPages.filter(user.role(), status, from, to, county, township, page).query(0);
                return Response.seeOther(URI.create(list + (list.contains("?") ? "&" : "?") + "confirmed=1")).build();
            }
            return Response.seeOther(URI.create("/visits/" + id + "?confirmed=1")).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            throw new ApiException(problem);
        }
        VisitViews.Visit visit = visits.load(id, user);
        // A 409 says it in its summary; a 400 names the rule (NOTICE: too close to the visit's day).
        boolean raced = problem.violations().stream().anyMatch(v -> "RETRY".equals(v.rule()));
        FormErrors errors = raced ? FormErrors.summary("排期正在更新，请稍后重试。")
                : problem.status() == 409 ? FormErrors.summary("该检查已不是待确认状态，不能再次确认。")
                        : FormErrors.of(Zh.problem(problem), Map.of(), problem.violations().stream()
                                .map(v -> VisitText.rule(v.rule())).toList());
        return page(problem.status(), user, visit, null, FormErrors.none(), null, errors);
    }

    /** A team member's form for the plan asked for, else its first plan still without a result. */
    private static ResultInput blankForm(User user, VisitViews.Visit visit, String plan) {
        if (user.role() != Role.TEAM) {
            return null;
        }
        List<VisitViews.PlanPart> open = visit.recordableBy(user.department());
        if (open.isEmpty()) {
            return null;
        }
        String chosen = open.stream().map(VisitViews.PlanPart::planId).filter(p -> p.equals(plan)).findFirst()
                .orElse(open.get(0).planId());
        return ResultInput.blank(chosen, String.valueOf(visit.year() - 1));
    }

    private static ResultInput edit(ResultInput form, String op, VisitViews.Visit visit) {
        String period = String.valueOf(visit.year() - 1);
        if ("add-rectification".equals(op)) {
            return form.withRectification();
        }
        if ("add-indicator".equals(op)) {
            return form.withIndicator(period);
        }
        int colon = op.indexOf(':');
        int row = colon < 0 ? -1 : io.grassroots.web.api.QueryNumbers.within(op.substring(colon + 1), 0,
                ResultInput.MAX_ROWS) == null ? -1 : Integer.parseInt(op.substring(colon + 1));
        if (op.startsWith("remove-rectification:")) {
            return form.withoutRectification(row);
        }
        if (op.startsWith("remove-indicator:")) {
            return form.withoutIndicator(row);
        }
        return form;
    }

    private Response page(int status, User user, VisitViews.Visit visit, ResultInput form, FormErrors errors,
            String notice, FormErrors confirmErrors) {
        Map<String, VisitViews.Indicator> names = visit.materials().isEmpty() ? Map.of() : visits.indicators(user);
        return Response.status(status).entity(Templates.detail(user, visit, names, form, errors, notice,
                confirmErrors)).header("Cache-Control", "no-store").build();
    }
}
