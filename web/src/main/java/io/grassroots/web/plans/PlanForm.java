package io.grassroots.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.Directory;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayUnavailable;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department's draft plan: the new-plan form and the edit form. Saving sends the draft to the API,
 * which checks the rules about the plan alone; the form then shows each finding next to the input it
 * concerns, so the department sees what the coordinator will see before it submits.
 */
@Path("/plans")
@Produces(MediaType.TEXT_HTML)
public class PlanForm {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String id, PlanInput form, List<Category> categories,
                List<Directory.Unit> townships, FormErrors errors, FormErrors findings, boolean saved);
    }

    /** A category of the directory, for the select. */
    public record Category(String code, String name, String group) {
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    PlanApi plans;
    @Inject
    Directory directory;

    @GET
    @Path("new")
    public Response blank() {
        User user = viewer.require(Role.DEPARTMENT);
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        return page(200,
                Templates.form(null, PlanInput.blank(nextYear), categories(user),
                        directory.townships(user.region(), user.token()),
                        FormErrors.none(),
                        FormErrors.none(), false));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam PlanFormParams params) {
        return save(null, params.input());
    }

    @GET
    @Path("{id}/edit")
    public Response edit(@PathParam("id") String id, @QueryParam("saved") String saved) {
        User user = viewer.require(Role.DEPARTMENT);
        PlanViews.Plan plan = plans.load(id, user);
        if (!plan.draft()) {
            return Response.seeOther(URI.create("/plans/" + id)).build();
        }
        return page(200,
                Templates.form(id, PlanInput.of(plan), categories(user),
                        directory.townships(user.region(), user.token()),
                        FormErrors.none(),
                        findings(plan), saved != null));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, @BeanParam PlanFormParams params) {
        PlanApi.checkId(id);
        return save(id, params.input());
    }

    private Response save(String id, PlanInput input) {
        User user = viewer.require(Role.DEPARTMENT);
        GatewayClient.Answer answer = id == null ? gateway.send("POST", "/api/plans", user.token(), input.body())
                : gateway.send("PUT", "/api/plans/" + id, user.token(), input.body());
        if (answer.ok()) {
            // Post, then redirect: a reload does not save twice, and the draft's page shows its findings.
            String saved = answer.body().path("id").asText(id);
            return Response.seeOther(URI.create("/plans/" + saved + "/edit?saved=1")).build();
        }
        if (answer.status() == 404) {
            throw new NotFoundException();
        }
        if (answer.status() != 400 && answer.status() != 409 && answer.status() != 422) {
            throw new ApiException(answer.problem());
        }
        return page(answer.status(),
                Templates.form(id, input, categories(user), directory.townships(user.region(), user.token()),
                        FormErrors.of(answer.problem(),
                                PlanInput.INPUTS),
                        FormErrors.none(), false));
    }

    /** The findings of a saved draft, each next to its input; those about no input above the form. */
    static FormErrors findings(PlanViews.Plan plan) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (PlanViews.Finding f : plan.findings()) {
            String note = Zh.severity(f.severity()) + "：" + Zh.rule(f.rule());
            String input = Zh.formField(f.field());
            if (PlanInput.INPUTS.contains(input)) {
                byField.computeIfAbsent(input, k -> new ArrayList<>()).add(note);
            } else {
                general.add(note);
            }
        }
        String summary = plan.findings().isEmpty() ? null : plan.blocked()
                ? "规则检查发现不能报送的问题，请按提示修改后再保存。" : "规则检查发现需统筹办审核的问题，报送后由统筹办决定。";
        return FormErrors.of(summary, byField, general);
    }

    private List<Category> categories(User user) {
        try {
            JsonNode list = gateway.get("/api/categories", user.token());
            List<Category> categories = new ArrayList<>();
            list.forEach(c -> categories.add(new Category(c.path("code").asText(), c.path("name").asText(),
                    c.path("group").asText())));
            return categories;
        } catch (ApiException | GatewayUnavailable e) {
            // Without the directory the form still works: the category is typed as its code.
            return List.of();
        }
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }
}
