package io.grassroots.web.visits;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lists of joint visits, one page for four roles: a team's and a department's visits, a coordinator's
 * visits to confirm (the region's PLANNED visits unless another status is chosen) and an auditor's
 * read-only list; filtered by status, days and (coordinators, auditors) county and township, paged,
 * updated in place by htmx.
 */
@Path("/visits")
@Produces(MediaType.TEXT_HTML)
public class VisitPages {
    static final int PAGE_SIZE = 20;
    /** The filter's inputs a problem of the API can be shown next to. */
    static final Map<String, String> LABELS = Map.of("status", "状态", "from", "起始日期", "to", "截止日期",
            "county", "县（区）代码", "township", "乡镇（街道）代码");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(User user, Filter filter, VisitViews.VisitPage result,
                List<String> statuses, FormErrors errors, String notice);

        static native TemplateInstance list$results(User user, Filter filter, VisitViews.VisitPage result,
                FormErrors errors, String notice);
    }

    /**
     * The list's filter as the query string gives it. Status ALL is the coordinator's "every status"
     * (without a status its list shows the visits to confirm); values are kept as typed to show them back.
     */
    public record Filter(Role role, String status, String from, String to, String county, String township, int page) {
        public String query(int toPage) {
            return GatewayClient.path("/visits", "status", status, "from", from, "to", to, "county", county,
                    "township", township, "page", toPage == 0 ? null : toPage);
        }

        /** The status sent to the API: the coordinator's default is PLANNED, ALL sends none. */
        String apiStatus() {
            if (status == null) {
                return role == Role.COORDINATOR ? "PLANNED" : null;
            }
            return "ALL".equals(status) ? null : status;
        }

        /** The region sent to the API: the township when one is chosen, else the county. */
        String region() {
            return township != null ? township : county;
        }

        /** The inputs whose messages the results' summary repeats, in the form's order. */
        public List<String> inputs() {
            return List.of("status", "from", "to", "county", "township");
        }

        public boolean regional() {
            return role == Role.COORDINATOR || role == Role.AUDITOR;
        }

        /** Whether a status is the one shown selected, the coordinator's PLANNED included. */
        public boolean shows(String s) {
            return s.equals(status) || status == null && role == Role.COORDINATOR && "PLANNED".equals(s);
        }

        String api(int size) {
            return GatewayClient.path("/api/visits", "status", apiStatus(), "from", from, "to", to, "region",
                    region(), "page", page, "size", size);
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    VisitApi visits;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("county") String county, @QueryParam("township") String township,
            @QueryParam("page") String page, @QueryParam("confirmed") String confirmed,
            @HeaderParam("HX-Request") String htmx, @HeaderParam("HX-History-Restore-Request") String restore) {
        User user = viewer.require(Role.TEAM, Role.DEPARTMENT, Role.COORDINATOR, Role.AUDITOR);
        Filter filter = filter(user.role(), status, from, to, county, township, page);
        String notice = confirmed != null ? "检查已确认，已通知受检单位。" : null;
        VisitViews.VisitPage result;
        FormErrors errors = FormErrors.none();
        int code = 200;
        if (filter.county() != null && filter.township() != null && !filter.township().startsWith(filter.county())) {
            // Both narrow by code prefix: a township outside the county would only ever list nothing.
            errors = FormErrors.field("township", "乡镇（街道）不在所选县（区）之内");
            result = empty();
            code = 400;
        } else {
            try {
                result = visits.page(filter.api(PAGE_SIZE), user);
            } catch (ApiException e) {
                if (e.problem().status() != 400) {
                    throw e;
                }
                errors = filterErrors(e, filter);
                result = empty();
                code = 400;
            }
        }
        TemplateInstance body = htmx != null && restore == null
                ? Templates.list$results(user, filter, result, errors, notice)
                : Templates.list(user, filter, result, VisitViews.STATUSES, errors, notice);
        // htmx swaps only a 2xx answer: the refused filter's messages must still replace the results.
        return Response.status(htmx != null ? 200 : code).entity(body).header("Vary", "HX-Request")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The API names {@code region}; the form has two inputs for it, and the one that was sent gets the message. */
    private static FormErrors filterErrors(ApiException e, Filter filter) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ApiProblem.Violation v : e.problem().violations()) {
            String input = "region".equals(v.field()) ? filter.township() != null ? "township" : "county" : v.field();
            if (LABELS.containsKey(input)) {
                byField.computeIfAbsent(input, k -> new ArrayList<>()).add(LABELS.get(input) + Zh.rule(v.rule()));
            } else {
                general.add(Zh.violation(v));
            }
        }
        return FormErrors.of(Zh.problem(e.problem()), byField, general);
    }

    private static VisitViews.VisitPage empty() {
        return new VisitViews.VisitPage(List.of(), 0, PAGE_SIZE, 0);
    }

    /**
     * Reads the query string. Values that cannot be right are dropped rather than sent on (an unknown
     * status, a page that is not a number); a date or code of the right shape goes to the API, whose
     * problem is then shown next to its input.
     */
    static Filter filter(Role role, String status, String from, String to, String county, String township,
            String page) {
        Integer p = QueryNumbers.within(page, 0, 100_000);
        String s = status != null && (VisitViews.STATUSES.contains(status) || "ALL".equals(status)) ? status : null;
        return new Filter(role, s, shaped(from, DATE), shaped(to, DATE),
                regional(role) ? shaped(county, DIGITS) : null, regional(role) ? shaped(township, DIGITS) : null,
                p == null ? 0 : p);
    }

    private static boolean regional(Role role) {
        return role == Role.COORDINATOR || role == Role.AUDITOR;
    }

    private static String shaped(String value, Pattern shape) {
        return value == null || !shape.matcher(value.trim()).matches() ? null : value.trim();
    }
}
