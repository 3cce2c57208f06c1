package io.grassroots.web.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rating a completed visit or a data request that named the unit (1 to 5, with a comment), and the
 * unit's ratings so far: the one just given is shown with its score.
 */
@Path("/unit/feedback")
@Produces(MediaType.TEXT_HTML)
public class UnitFeedback {
    private static final Pattern ITEM = Pattern.compile("(VISIT|REQUEST):([0-9a-fA-F-]{36})");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedback(User user, List<Choice> choices, Rated form,
                List<UnitViews.Rating> ratings, UnitViews.Rating rated);
    }

    /** Something the unit may rate: its value is TYPE:id. */
    public record Choice(String value, String label) {
    }

    /** The form as typed, with its problems. */
    public record Rated(String item, String rating, String comment, FormErrors errors) {
        public boolean gave(int n) {
            return String.valueOf(n).equals(rating);
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    ObjectMapper json;

    @GET
    public Response show(@QueryParam("visit") String visit, @QueryParam("request") String request,
            @QueryParam("rated") String rated) {
        User user = UnitPages.require(viewer);
        String item = visit != null ? "VISIT:" + visit : request != null ? "REQUEST:" + request : null;
        item = item != null && ITEM.matcher(item).matches() ? item : null;
        return page(200, user, new Rated(item, null, null, FormErrors.none()), rated);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@FormParam("item") String item, @FormParam("rating") String rating,
            @FormParam("comment") String comment) {
        User user = UnitPages.require(viewer);
        Rated typed = new Rated(item, rating, comment, FormErrors.none());
        Map<String, List<String>> local = new LinkedHashMap<>();
        var m = item == null ? null : ITEM.matcher(item);
        if (m == null || !m.matches()) {
            local.put("item", List.of("请选择要评价的检查或数据申请"));
        }
        if (rating == null || !rating.matches("[1-5]")) {
            local.put("rating", List.of("请选择 1 至 5 分"));
        }
        if (!local.isEmpty()) {
            return page(400, user, withErrors(typed, FormErrors.of("请按提示修改。", local, List.of())), null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("VISIT".equals(m.group(1)) ? "visitId" : "requestId", m.group(2));
        body.put("rating", Integer.parseInt(rating));
        body.put("comment", comment == null || comment.isBlank() ? null : comment.trim());
        GatewayClient.Answer answer = gateway.send("POST", "/api/feedback", user.token(), body);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/unit/feedback?rated=" + answer.body().path("id").asText())).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() >= 500 || problem.status() == 403 || problem.status() == 429) {
            throw new ApiException(problem);
        }
        return page(problem.status(), user, withErrors(typed, errors(problem)), null);
    }

    private static Rated withErrors(Rated typed, FormErrors errors) {
        return new Rated(typed.item(), typed.rating(), typed.comment(), errors);
    }

    /** The API's refusals next to the input they concern, in Chinese. */
    private static FormErrors errors(ApiProblem problem) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        if (problem.status() == 404) {
            byField.put("item", List.of("未找到该检查或数据申请，或它与本单位无关"));
        }
        for (ApiProblem.Violation v : problem.violations()) {
            String rule = v.rule() == null ? "" : v.rule();
            String message = switch (rule) {
                case "ONCE" -> "已评价过，不能重复评价";
                case "NOT_YET" -> "检查完成后才能评价";
                case "ONE_OF" -> "请选择一项检查或一项数据申请";
                default -> Zh.violation(v);
            };
            String field = rule.equals("ONCE") || rule.equals("NOT_YET") || rule.equals("ONE_OF") ? "item"
                    : "rating".equals(v.field()) ? "rating" : "comment".equals(v.field()) ? "comment" : null;
            if (field == null) {
                general.add(message);
            } else {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
            }
        }
        return FormErrors.of(Zh.problem(problem), byField, general);
    }

    private Response page(int status, User user, Rated form, String ratedId) {
        List<UnitViews.Rating> ratings = new ArrayList<>();
        gateway.get("/api/feedback", user.token())
                .forEach(r -> ratings.add(UnitPages.map(json, r, UnitViews.Rating.class)));
        UnitViews.Rating rated = ratings.stream().filter(r -> r.id().equals(ratedId)).findFirst().orElse(null);
        return Response.status(status).entity(Templates.feedback(user, choices(user, form.item(), ratings), form,
                ratings, rated)).header("Cache-Control", "no-store").build();
    }

    /**
     * Completed visits from last year to next (plans are filed a year ahead) and the requests the access
     * log names, less those rated.
     */
    private List<Choice> choices(User user, String preselected, List<UnitViews.Rating> ratings) {
        Map<String, String> rated = new HashMap<>();
        ratings.forEach(r -> rated.put(r.itemType() + ":" + r.itemId(), ""));
        Map<String, Choice> choices = new LinkedHashMap<>();
        int year = LocalDate.now(UnitCalendar.BEIJING).getYear();
        for (int y = year + 1; y >= year - 1; y--) {
            JsonNode months = gateway.get(GatewayClient.path("/api/units/" + user.unit() + "/calendar", "year", y),
                    user.token());
            months.forEach(visits -> visits.forEach(node -> {
                UnitViews.Visit v = UnitPages.map(json, node, UnitViews.Visit.class);
                if (v.completed()) {
                    choices.put("VISIT:" + v.id(), new Choice("VISIT:" + v.id(), "检查 " + v.date() + " " + v.title()));
                }
            }));
        }
        try {
            JsonNode log = gateway.get(GatewayClient.path("/api/units/" + user.unit() + "/access-log", "size", 100),
                    user.token());
            log.path("items").forEach(line -> {
                String request = line.path("requestId").asText(null);
                if (request != null && !"DENIED".equals(line.path("outcome").asText())) {
                    choices.putIfAbsent("REQUEST:" + request, new Choice("REQUEST:" + request, "数据申请 "
                            + request.substring(0, Math.min(8, request.length())) + "（"
                            + line.path("departmentId").asText("") + "）"));
                }
            });
        } catch (ApiException e) {
            // The requests are offered from the access log; without it, visits can still be rated.
        }
        choices.keySet().removeIf(rated::containsKey);
        if (preselected != null && !choices.containsKey(preselected)) {
            // A link from elsewhere (an older page of the log): offered as it is; the API decides.
            choices.put(preselected, new Choice(preselected, (preselected.startsWith("VISIT") ? "检查 " : "数据申请 ")
                    + preselected.substring(preselected.indexOf(':') + 1)));
        }
        return List.copyOf(choices.values());
    }
}
