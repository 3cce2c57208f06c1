package io.grassroots.web.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Formats;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year's official calendar (holidays and the weekend days worked instead) as every service counts
 * with it, and for a province's coordinator the form that loads the State Council's arrangement, typed
 * or pasted one day a line.
 */
@Path("/policy/calendar")
@Produces(MediaType.TEXT_HTML)
public class OfficialCalendarPage {
    private static final Pattern HOLIDAY_LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\S.{0,49})");
    private static final Pattern DAY_LINE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Lines read at most: the API takes 60 holidays and 30 workdays; more is refused without a loop over them. */
    private static final int MAX_LINES = 400;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(User user, int year, List<Integer> years, Arrangement arrangement,
                Typed typed, FormErrors errors, FormErrors nothing, boolean loadable, String notice);
    }

    /** The arrangement in force, as GET /api/calendar/{year} answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Arrangement(int year, String status, String source, String loadedBy, String loadedAt,
            List<Holiday> holidays, List<String> workdays) {
    }

    /** A holiday and its name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holiday(String date, String name) {
    }

    /** The load form as typed. */
    public record Typed(String holidays, String workdays, String source) {
        static final Typed EMPTY = new Typed("", "", "");
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;

    @GET
    public Response show(@QueryParam("year") String year, @QueryParam("loaded") String loaded) {
        User user = viewer.require(Role.COORDINATOR, Role.AUDITOR, Role.DEPARTMENT);
        int chosen = year(year);
        return page(200, user, chosen, Typed.EMPTY, FormErrors.none(), loaded != null ? "放假安排已载入。" : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response load(@FormParam("year") String year, @FormParam("holidays") String holidays,
            @FormParam("workdays") String workdays, @FormParam("source") String source) {
        User user = viewer.require(Role.COORDINATOR);
        int chosen = year(year);
        Typed typed = new Typed(holidays == null ? "" : holidays, workdays == null ? "" : workdays,
                source == null ? "" : source);
        Map<String, List<String>> local = new LinkedHashMap<>();
        List<Map<String, String>> days = new ArrayList<>();
        List<String> lines = lines(typed.holidays());
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HOLIDAY_LINE.matcher(lines.get(i));
            if (m.matches()) {
                days.add(Map.of("date", m.group(1), "name", m.group(2).trim()));
            } else {
                local.computeIfAbsent("holidays", k -> new ArrayList<>())
                        .add("第 " + (i + 1) + " 行应为“日期 名称”，如 " + chosen + "-10-01 国庆节");
            }
        }
        List<String> worked = lines(typed.workdays());
        for (int i = 0; i < worked.size(); i++) {
            if (!DAY_LINE.matcher(worked.get(i)).matches()) {
                local.computeIfAbsent("workdays", k -> new ArrayList<>()).add("第 " + (i + 1) + " 行应为日期，如 "
                        + chosen + "-09-28");
            }
        }
        if (!local.isEmpty()) {
            return page(400, user, chosen, typed, FormErrors.of("提交的内容有误，请按提示修改。", local, List.of()), null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("holidays", days);
        body.put("workdays", worked);
        body.put("source", typed.source().isBlank() ? null : typed.source().trim());
        GatewayClient.Answer answer = gateway.send("PUT", "/api/calendar/" + chosen, user.token(), body);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/policy/calendar?year=" + chosen + "&loaded=1")).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() != 400 && problem.status() != 422) {
            throw new ApiException(problem);
        }
        return page(problem.status(), user, chosen, typed, FormErrors.of(problem, java.util.Set.of("holidays",
                "workdays", "source")), null);
    }

    private Response page(int status, User user, int year, Typed typed, FormErrors errors, String notice) {
        Arrangement arrangement = gateway.map(gateway.get("/api/calendar/" + year, user.token()), Arrangement.class);
        // Only a province's coordinators load the arrangement; the API refuses anyone else.
        boolean loadable = user.role() == Role.COORDINATOR && user.region() != null && user.region().length() == 2;
        return Response.status(status).entity(Templates.calendar(user, year, Formats.planningYears(), arrangement,
                typed, errors, FormErrors.none(), loadable, notice)).header("Cache-Control", "no-store").build();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(MAX_LINES).toList();
    }

    private static int year(String year) {
        Integer y = QueryNumbers.within(year, 2000, 2100);
        return y != null ? y : LocalDate.now(Formats.BEIJING).getYear();
    }
}
