package io.grassroots.deploy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's main pages per demo account of the seeded year, each with the platform API calls
 * the console makes for it (read off the page resources under web/…/web/*; kept in step by hand:
 * a page whose calls change must change here, or its baseline measures the wrong thing).
 */
final class ConsolePages {
    /** Who looks, a short name for the table, the page's path, and the API calls it makes in order. */
    record Page(String who, String label, String path, List<String> api) {
    }

    static final String ANONYMOUS = "anonymous";
    static final String DEPARTMENT = "emergency-qingxiu";
    static final String COORDINATOR = "coordinator-qingxiu";
    static final String AUDITOR = "auditor-45";
    static final String TEAM = "team-emergency-qingxiu";
    static final String UNIT = "xinzhu-street";
    private static final String UNIT_CODE = "450103001";

    private ConsolePages() {
    }

    /** Every page; {@code visitDay} is the first seeded visit's day (its week is the team's itinerary). */
    static List<Page> of(DemoYear.Seeded seeded, LocalDate visitDay) {
        int y = seeded.year();
        String county = DemoYear.COUNTY;
        String plan = seeded.emergencyPlan();
        String visit = seeded.visits().get(0);
        String request = seeded.request();
        String indicators = "/api/catalog/indicators";
        LocalDate monday = visitDay.with(DayOfWeek.MONDAY);
        // A signed-in home page asks the gateway once whether the session still counts (web's LiveSession).
        List<String> home = List.of("/api/categories");
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(ANONYMOUS, "/signin", "/signin", List.of()));
        pages.add(new Page(ANONYMOUS, "/ (welcome)", "/", List.of()));
        pages.add(new Page(ANONYMOUS, "/burden/leaderboard", "/burden/leaderboard?year=" + y + "&region=" + county,
                List.of("/api/burden/leaderboard?year=" + y + "&region=" + county + "&size=20")));

        pages.add(new Page(DEPARTMENT, "/ (home)", "/", home));
        pages.add(new Page(DEPARTMENT, "/plans", "/plans", List.of("/api/plans?page=0&size=20")));
        pages.add(new Page(DEPARTMENT, "/plans/{plan}", "/plans/" + plan, List.of("/api/plans/" + plan)));
        pages.add(new Page(DEPARTMENT, "/visits", "/visits", List.of("/api/visits?page=0&size=20")));
        pages.add(new Page(DEPARTMENT, "/visits/{visit}", "/visits/" + visit, List.of("/api/visits/" + visit,
                indicators)));
        pages.add(
                new Page(DEPARTMENT, "/data-requests", "/data-requests", List.of("/api/data-requests?page=0&size=20")));
        pages.add(new Page(DEPARTMENT, "/data-requests/{id}", "/data-requests/" + request,
                List.of("/api/data-requests/" + request, indicators)));
        pages.add(new Page(DEPARTMENT, "/ledger", "/ledger?year=" + y, ledger(y, county)));
        pages.add(new Page(DEPARTMENT, "/policy", "/policy?year=" + y, List.of("/api/policy/" + county + "/" + y)));

        pages.add(new Page(COORDINATOR, "/ (home)", "/", home));
        pages.add(new Page(COORDINATOR, "/approvals", "/approvals",
                List.of("/api/plans?status=SUBMITTED&page=0&size=20")));
        pages.add(new Page(COORDINATOR, "/plans", "/plans", List.of("/api/plans?page=0&size=20")));
        pages.add(new Page(COORDINATOR, "/plans/{plan}", "/plans/" + plan, List.of("/api/plans/" + plan)));
        pages.add(new Page(COORDINATOR, "/schedule", "/schedule?year=" + y,
                List.of("/api/schedule/" + county + "/" + y)));
        pages.add(new Page(COORDINATOR, "/policy", "/policy?year=" + y, List.of("/api/policy/" + county + "/" + y)));
        pages.add(new Page(COORDINATOR, "/policy/calendar", "/policy/calendar?year=" + y,
                List.of("/api/calendar/" + y)));
        pages.add(new Page(COORDINATOR, "/visits", "/visits", List.of("/api/visits?status=PLANNED&page=0&size=20")));
        pages.add(new Page(COORDINATOR, "/visits/{visit}", "/visits/" + visit, List.of("/api/visits/" + visit,
                indicators)));
        pages.add(new Page(COORDINATOR, "/data-requests", "/data-requests",
                List.of("/api/data-requests?page=0&size=20")));
        pages.add(new Page(COORDINATOR, "/ledger", "/ledger?year=" + y, ledger(y, county)));

        pages.add(new Page(AUDITOR, "/ (home)", "/", home));
        pages.add(new Page(AUDITOR, "/plans", "/plans", List.of("/api/plans?page=0&size=20")));
        pages.add(new Page(AUDITOR, "/plans/{plan}", "/plans/" + plan, List.of("/api/plans/" + plan)));
        pages.add(new Page(AUDITOR, "/schedule", "/schedule?year=" + y, List.of("/api/schedule/45/" + y)));
        pages.add(new Page(AUDITOR, "/policy", "/policy?year=" + y, List.of("/api/policy/45/" + y)));
        pages.add(new Page(AUDITOR, "/visits", "/visits", List.of("/api/visits?page=0&size=20")));
        pages.add(new Page(AUDITOR, "/visits/{visit}", "/visits/" + visit, List.of("/api/visits/" + visit,
                indicators)));
        pages.add(new Page(AUDITOR, "/data-requests", "/data-requests", List.of("/api/data-requests?page=0&size=20")));
        pages.add(new Page(AUDITOR, "/ledger", "/ledger?year=" + y, ledger(y, "45")));
        // Departments' names are looked up once and kept, so after the warm-up the log page asks for none.
        pages.add(new Page(AUDITOR, "/access-log", "/access-log?unit=" + UNIT_CODE,
                List.of("/api/units?under=45&level=TOWNSHIP&size=200", "/api/units/" + UNIT_CODE
                        + "/access-log?page=0&size=30")));

        pages.add(new Page(TEAM, "/ (home)", "/", home));
        pages.add(new Page(TEAM, "/visits", "/visits", List.of("/api/visits?page=0&size=20")));
        pages.add(new Page(TEAM, "/visits/{visit}", "/visits/" + visit, List.of("/api/visits/" + visit, indicators)));
        pages.add(new Page(TEAM, "/visits/itinerary", "/visits/itinerary?day=" + visitDay,
                List.of("/api/visits?from=" + monday + "&to=" + monday.plusDays(6) + "&size=500")));

        pages.add(new Page(UNIT, "/ (home)", "/", home));
        String unit = "/api/units/" + UNIT_CODE;
        pages.add(new Page(UNIT, "/unit/calendar", "/unit/calendar?year=" + y, List.of(unit + "/calendar?year=" + y,
                "/api/burden/units/" + UNIT_CODE + "?year=" + y)));
        pages.add(new Page(UNIT, "/unit/tasks", "/unit/tasks", List.of("/api/tasks", indicators)));
        pages.add(new Page(UNIT, "/unit/access-log", "/unit/access-log", List.of(unit + "/access-log?page=0&size=30")));
        return pages;
    }

    private static List<String> ledger(int year, String region) {
        return List.of("/api/burden/departments?year=" + year + "&region=" + region, "/api/share/stats?year=" + year);
    }
}
