package io.grassroots.web.unit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit's year as a month calendar of its visits (FullCalendar, a list on a phone), with the same
 * visits as a list by month for screen readers, and the year's burden per month as a chart when the
 * ledger has it.
 */
@Path("/unit/calendar")
@Produces(MediaType.TEXT_HTML)
public class UnitCalendar {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(User user, int year, List<UnitViews.Month> months, int visitCount,
                String visitsData, UnitViews.Burden burden, String burdenChart);
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    ObjectMapper json;

    @GET
    public Response show(@QueryParam("year") String yearText, @QueryParam("month") String monthText) {
        User user = UnitPages.require(viewer);
        LocalDate today = LocalDate.now(BEIJING);
        Integer chosen = QueryNumbers.within(yearText, 2000, 2100);
        int year = chosen == null ? today.getYear() : chosen;
        Integer month = QueryNumbers.within(monthText, 1, 12);
        JsonNode body = gateway.get(GatewayClient.path("/api/units/" + user.unit() + "/calendar", "year", year),
                user.token());
        List<UnitViews.Month> months = new ArrayList<>();
        List<UnitViews.Visit> all = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            List<UnitViews.Visit> visits = new ArrayList<>();
            for (JsonNode v : body.path(String.format("%d-%02d", year, m))) {
                visits.add(UnitPages.map(json, v, UnitViews.Visit.class));
            }
            months.add(new UnitViews.Month(m, visits));
            all.addAll(visits);
        }
        // Open on the month asked for, else this month in this year, else the first month with a visit.
        int first = month != null ? month : year == today.getYear() ? today.getMonthValue()
                : all.stream().map(v -> v.date().getMonthValue()).findFirst().orElse(1);
        UnitViews.Burden burden = burden(user, year);
        try {
            return Response.ok(Templates.calendar(user, year, months, all.size(), visitsData(year, first, all), burden,
                    burden == null ? null : burdenChart(burden))).header("Cache-Control", "no-store").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the calendar's data does not serialise", e);
        }
    }

    /** The ledger's months, or null when it cannot say (then the page goes without the chart). */
    private UnitViews.Burden burden(User user, int year) {
        try {
            JsonNode body = gateway.get(GatewayClient.path("/api/burden/units/" + user.unit(), "year", year),
                    user.token());
            UnitViews.Burden burden = UnitPages.map(json, body, UnitViews.Burden.class);
            return burden.months().isEmpty() ? null : burden;
        } catch (ApiException e) {
            // The calendar is the page's point; the chart is extra and its absence is said on the page.
            return null;
        }
    }

    /** FullCalendar's events: one all-day event per run of consecutive days of a visit. */
    private String visitsData(int year, int month, List<UnitViews.Visit> visits) throws JsonProcessingException {
        List<Map<String, Object>> events = new ArrayList<>();
        for (UnitViews.Visit v : visits) {
            List<LocalDate> run = new ArrayList<>();
            for (LocalDate d : v.days().stream().sorted().toList()) {
                if (!run.isEmpty() && !run.get(run.size() - 1).plusDays(1).equals(d)) {
                    events.add(event(v, run));
                    run = new ArrayList<>();
                }
                run.add(d);
            }
            if (!run.isEmpty()) {
                events.add(event(v, run));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("initialDate", String.format("%d-%02d-01", year, month));
        data.put("yearStart", year + "-01-01");
        data.put("yearEnd", (year + 1) + "-01-01");
        data.put("events", events);
        return json.writeValueAsString(data);
    }

    private static Map<String, Object> event(UnitViews.Visit v, List<LocalDate> run) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", v.id());
        e.put("title", "[" + UnitPages.visitStatus(v.status()) + "] " + v.title());
        e.put("start", run.get(0).toString());
        e.put("end", run.get(run.size() - 1).plusDays(1).toString());
        e.put("allDay", true);
        e.put("extendedProps", Map.of("status", v.status() == null ? "PLANNED" : v.status()));
        if (v.completed()) {
            e.put("url", "/unit/feedback?visit=" + v.id());
        }
        return e;
    }

    private String burdenChart(UnitViews.Burden burden) throws JsonProcessingException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("series", "估计负担（工时）");
        data.put("kind", "black");
        data.put("names", burden.months().stream().map(m -> m.month() + "月").toList());
        data.put("values", burden.months().stream()
                .map(m -> m.estimatedHours() == null ? BigDecimal.ZERO : m.estimatedHours()).toList());
        return json.writeValueAsString(data);
    }
}
