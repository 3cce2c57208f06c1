package io.grassroots.web.visits;

import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.session.Role;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's itinerary for a day or a week: its department's visits on those days, grouped by joint
 * team route (the merge engine's itineraryId) and in route order, day by day and unit by unit, as the
 * team travels them. Meant for a phone in the field.
 */
@Path("/visits/itinerary")
@Produces(MediaType.TEXT_HTML)
public class ItineraryPage {
    /** The API's largest page: a team's week holds far fewer visits, and a longer one says so. */
    static final int MAX_VISITS = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance itinerary(User user, Span span, List<VisitViews.Route> routes, long total,
                int shown);
    }

    /** The days shown: one day, or the Monday-to-Sunday week around it. */
    public record Span(LocalDate day, boolean week) {
        public LocalDate first() {
            return week ? day.with(DayOfWeek.MONDAY) : day;
        }

        public LocalDate last() {
            return week ? first().plusDays(6) : day;
        }

        public String link(int steps) {
            LocalDate to = week ? day.plusWeeks(steps) : day.plusDays(steps);
            return GatewayClient.path("/visits/itinerary", "day", to, "span", week ? "week" : "day");
        }

        public String other() {
            return GatewayClient.path("/visits/itinerary", "day", day, "span", week ? "day" : "week");
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    VisitApi visits;

    @GET
    public Response itinerary(@QueryParam("day") String day, @QueryParam("span") String span) {
        User user = viewer.require(Role.TEAM, Role.DEPARTMENT);
        Span shown = new Span(day(day), !"day".equals(span));
        VisitViews.VisitPage page = visits.page(GatewayClient.path("/api/visits", "from", shown.first(), "to",
                shown.last(), "size", MAX_VISITS), user);
        return Response.ok(Templates.itinerary(user, shown, routes(page.items()), page.total(), page.items().size()))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Visits grouped by route, each route in the order the team goes (day, then unit code, as the
     * merge engine lays a route out), the routes by their first day; a visit without a route is one alone.
     */
    static List<VisitViews.Route> routes(List<VisitViews.Visit> visits) {
        Map<String, List<VisitViews.Visit>> byRoute = new LinkedHashMap<>();
        for (VisitViews.Visit v : visits) {
            byRoute.computeIfAbsent(v.itineraryId() == null ? "visit:" + v.id() : v.itineraryId(),
                    k -> new ArrayList<>()).add(v);
        }
        Comparator<VisitViews.Visit> order = Comparator.comparing(VisitViews.Visit::date)
                .thenComparing(VisitViews.Visit::unitCode);
        List<VisitViews.Route> routes = new ArrayList<>();
        byRoute.forEach((id, members) -> {
            members.sort(order);
            VisitViews.Visit head = members.get(0);
            routes.add(new VisitViews.Route(id, head.leadDepartment(), head.countyCode(), List.copyOf(members)));
        });
        routes.sort(Comparator.comparing((VisitViews.Route r) -> r.visits().get(0).date())
                .thenComparing(r -> r.visits().get(0).unitCode()));
        return routes;
    }

    /** The day asked for, or today in Beijing when none (or a bad one) is given. */
    private static LocalDate day(String text) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            return d.getYear() < 2000 || d.getYear() > 2100 ? today : d;
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
