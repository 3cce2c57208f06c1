package io.grassroots.web.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Formats;
import io.grassroots.web.i18n.Zh;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The policy of the signed-in user's region for a year: what is in force (inherited from the regions
 * above, tightened here), and for its coordinator a form that sets severities, parameters, quotas and
 * blackouts. A region may tighten what a wider one set, never relax it: the API says RELAX, the page
 * says so next to the input.
 */
@Path("/policy")
@Produces(MediaType.TEXT_HTML)
public class PolicyPage {
    /** A problem about a whole row ({@code blackouts[0]}) goes next to the row's first input. */
    private static final Pattern WHOLE_ROW = Pattern.compile("(quotas|blackouts)\\[\\d+]");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policy(User user, int year, List<Integer> years, PolicyViews.Policy policy,
                PolicyForm form, FormErrors errors, FormErrors nothing, List<PolicyViews.RuleRow> rules,
                String notice);
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;

    @GET
    public Response show(@QueryParam("year") String year, @QueryParam("saved") String saved) {
        User user = viewer.require(Role.COORDINATOR, Role.AUDITOR, Role.DEPARTMENT);
        int chosen = year(year);
        PolicyViews.Policy policy = load(user, chosen);
        return page(200, user, chosen, policy, PolicyForm.of(policy.document()), FormErrors.none(),
                saved != null ? "已保存，以下为保存后的生效规则。" : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> posted) {
        User user = viewer.require(Role.COORDINATOR);
        int chosen = year(posted.getFirst("year"));
        PolicyForm form = PolicyForm.posted(posted);
        FormErrors local = form.check();
        if (local.any()) {
            return page(400, user, chosen, load(user, chosen), form, local, null);
        }
        GatewayClient.Answer answer = gateway.send("PUT", path(user, chosen), user.token(), form.document());
        if (answer.ok()) {
            return Response.seeOther(URI.create("/policy?year=" + chosen + "&saved=1")).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            throw new ApiException(problem);
        }
        return page(problem.status(), user, chosen, load(user, chosen), form, errors(problem), null);
    }

    /** Each violation next to the input it names, a whole row's next to the row's first input. */
    private static FormErrors errors(ApiProblem problem) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ApiProblem.Violation v : problem.violations()) {
            String field = v.field() == null ? "" : v.field();
            if (WHOLE_ROW.matcher(field).matches()) {
                field += field.startsWith("quotas") ? ".department" : ".from";
            }
            if (field.startsWith("rules.") || field.startsWith("quotas[") || field.startsWith("blackouts[")) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(Zh.violation(v));
            } else {
                general.add(Zh.violation(v));
            }
        }
        return FormErrors.of(Zh.problem(problem), byField, general);
    }

    private PolicyViews.Policy load(User user, int year) {
        JsonNode body = gateway.get(path(user, year), user.token());
        return gateway.map(body, PolicyViews.Policy.class);
    }

    private static Response page(int status, User user, int year, PolicyViews.Policy policy, PolicyForm form,
            FormErrors errors, String notice) {
        return Response.status(status).entity(Templates.policy(user, year, Formats.planningYears(), policy, form,
                errors, FormErrors.none(), PolicyViews.RULES, notice)).header("Cache-Control", "no-store").build();
    }

    private static String path(User user, int year) {
        return "/api/policy/" + user.region() + "/" + year;
    }

    private static int year(String year) {
        Integer y = QueryNumbers.within(year, 2000, 2100);
        return y != null ? y : LocalDate.now(Formats.BEIJING).getYear();
    }
}
