package io.grassroots.deploy;

import io.grassroots.infra.TokenMinter;
import static io.grassroots.deploy.Http.all;
import static io.grassroots.deploy.Http.call;
import static io.grassroots.deploy.Http.first;
import static io.grassroots.deploy.Http.json;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Seeds a demo year through the services' own APIs, as their users would: 青秀区's departments file
 * plans, the coordinator approves and schedules them, joint teams record results, a department asks
 * for data, a township rates what it received. The burden ledger then shows figures derived from the
 * events all of that produced. Runs once per year: a second start finds the plans and leaves them.
 */
final class DemoYear {
    static final String COUNTY = "450103";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration LIFETIME = Duration.ofHours(1);

    /** What the seeding made, for whoever wants to look at it afterwards. */
    record Seeded(int year, List<String> townships, String emergencyPlan, String firePlan, List<String> visits,
            String request) {
    }

    private final TokenMinter minter;
    private final int year;
    private final String inspection;
    private final String share;
    private final String assessment;

    DemoYear(TokenMinter minter, StackLayout layout, int year) {
        this.minter = minter;
        this.year = year;
        this.inspection = layout.url(Service.INSPECTION);
        this.share = layout.url(Service.SHARE);
        this.assessment = layout.url(Service.ASSESSMENT);
    }

    /** Next calendar year in China: plans are filed ahead, and a demo of next year does not age. */
    static int nextYear() {
        return LocalDate.now(ZONE).getYear() + 1;
    }

    int year() {
        return year;
    }

    /** Seeds the year unless its plans exist; returns what it made, or null when it found the year seeded. */
    Seeded seed(PrintStream out) throws IOException, InterruptedException {
        String emergency = dept("emergency");
        if (!call("GET", inspection + "/api/plans?year=" + year, emergency, null).contains("\"total\":0")) {
            return null;
        }
        out.println("Seeding demo year " + year + " in " + COUNTY + " (青秀区) through the services' APIs …");
        String coordinator = minter.mint("coordinator-45", "COORDINATOR", null, null, "45", LIFETIME);
        List<String> townships = all(call("GET", inspection + "/api/units?parent=" + COUNTY
                + "&level=TOWNSHIP&size=50", emergency, null), "\"code\":\"(\\d{9})\"");
        call("PUT", inspection + "/api/policy/" + COUNTY + "/" + year, coordinator, """
                {"quotas": [{"department": "450103-emergency", "baseline": 24},
                            {"department": "450103-fire", "baseline": 10},
                            {"department": "450103-market", "baseline": 4}],
                 "blackouts": [{"from": "%1$d-08-01", "to": "%1$d-08-31", "reason": "无会月"}]}""".formatted(year));

        String emergencyPlan = plan(emergency, coordinator, "安全生产年度检查", "WORK_SAFETY",
                "\"targetSelector\": {\"under\": \"" + COUNTY + "\", \"level\": \"TOWNSHIP\"}", "03-01", "04-30", 3);
        String firePlan = plan(dept("fire"), coordinator, "消防安全检查", "FIRE", targets(townships.subList(0, 4)),
                "03-10", "04-30", 2);
        plan(dept("market"), coordinator, "食品安全检查", "FOOD_DRUG", targets(townships.subList(4, 7)), "06-01",
                "06-30", 2);
        plan(dept("market"), coordinator, "市场主体年报检查", "MARKET_REGULATION", targets(townships.subList(0, 3)),
                "09-01", "09-30", 2);
        call("POST", inspection + "/api/schedule/" + COUNTY + "/" + year, coordinator, null);

        String emergencyTeam = minter.mint("team-emergency-qingxiu", "TEAM", "450103-emergency", null, COUNTY,
                LIFETIME);
        String fireTeam = minter.mint("team-fire-qingxiu", "TEAM", "450103-fire", null, COUNTY, LIFETIME);
        List<String> visited = new ArrayList<>();
        for (String township : townships.subList(0, 2)) {
            String visits = call("GET", inspection + "/api/visits?unit=" + township, coordinator, null);
            String visit = first(visits, "\"id\":\"([0-9a-f-]{36})\"");
            call("POST", inspection + "/api/visits/" + visit + "/confirm", coordinator, null);
            result(visit, emergencyTeam, emergencyPlan, 4, "0");
            result(visit, fireTeam, firePlan, 5, null);
            visited.add(visit);
        }

        // Results reach the shared dataset through Kafka, each visited township's on its own partition: the request
        // is filed once both are there, so that it is answered from them (waiting for the first only, a clean
        // clone's DemoYearLedgerIT once found one field answered from shared data instead of two).
        for (String township : townships.subList(0, 2)) {
            awaitShared(township, "SAFETY_INCIDENTS", year - 1);
        }
        String due = LocalDate.now(ZONE).plusDays(45).toString();
        String request = first(callOnceKnown("POST", share + "/api/data-requests", emergency, """
                {"title": "安全生产事故与人口情况", "indicators": ["SAFETY_INCIDENTS", "POPULATION"],
                 "units": %s, "period": "%d", "dueDate": "%s"}""".formatted(json(townships.subList(0, 4)), year - 1,
                due)), "\"id\":\"([0-9a-f-]{36})\"");

        String unit = minter.mint("demo-" + townships.get(0), "UNIT", null, townships.get(0), townships.get(0),
                LIFETIME);
        callOnceKnown("POST", assessment + "/api/feedback", unit, "{\"visitId\": \"" + visited.get(0)
                + "\", \"rating\": 5, \"comment\": \"一次联合检查，材料一份\"}");
        callOnceKnown("POST", assessment + "/api/feedback", unit, "{\"requestId\": \"" + request
                + "\", \"rating\": 4, \"comment\": \"只填了缺的数\"}");
        return new Seeded(year, townships, emergencyPlan, firePlan, visited, request);
    }

    private String dept(String line) {
        return minter.mint(line + "-qingxiu", "DEPARTMENT", COUNTY + "-" + line, null, COUNTY, LIFETIME);
    }

    /** Files, submits and approves a plan (accepting the review findings it carries); returns its id. */
    private String plan(String department, String coordinator, String title, String category, String targets,
            String from, String to, int teamSize) throws IOException, InterruptedException {
        String created = call("POST", inspection + "/api/plans", department, """
                {"year": %1$d, "title": "%1$d年%2$s", "kind": "INSPECTION", "scope": "SPECIAL", "category": "%3$s",
                 %4$s, "windowStart": "%1$d-%5$s", "windowEnd": "%1$d-%6$s", "onSiteDays": 1, "teamSize": %7$d,
                 "materials": ["SAFETY_INCIDENTS"], "mandate": "桂安委〔%1$d〕1号"}""".formatted(year, title, category,
                targets, from, to, teamSize));
        String id = first(created, "\"id\":\"([0-9a-f-]{36})\"");
        String submitted = call("POST", inspection + "/api/plans/" + id + "/submit", department, null);
        Set<String> review = new LinkedHashSet<>(all(submitted, "\"rule\":\"(\\w+)\",\"severity\":\"REVIEW\""));
        call("POST", inspection + "/api/plans/" + id + "/decision", coordinator, "{\"decision\": \"APPROVE\", "
                + "\"reason\": \"按年度计划执行\", \"acceptedFindings\": " + json(new ArrayList<>(review)) + "}");
        return id;
    }

    private void result(String visit, String team, String plan, int rating, String incidents)
            throws IOException, InterruptedException {
        String values = incidents == null ? "[]" : "[{\"indicator\": \"SAFETY_INCIDENTS\", \"period\": \""
                + (year - 1) + "\", \"value\": " + incidents + "}]";
        call("POST", inspection + "/api/visits/" + visit + "/results", team, "{\"results\": [{\"planId\": \"" + plan
                + "\", \"findings\": \"检查完成\", \"rating\": " + rating + ", \"rectifications\": [], "
                + "\"indicatorValues\": " + values + "}]}");
    }

    /** Waits (at most a minute) until the shared dataset holds the value a result reported. */
    private void awaitShared(String unit, String indicator, int period) throws IOException, InterruptedException {
        String auditor = minter.mint("auditor-demo", "AUDITOR", null, null, "45", LIFETIME);
        for (int attempt = 1;; attempt++) {
            if (Http.send("GET", share + "/api/data/" + unit + "/" + indicator + "?period=" + period, auditor, null)
                    .statusCode() == 200) {
                return;
            }
            if (attempt >= 60) {
                throw new IOException(indicator + " of " + unit + " for " + period + " never reached the shared "
                        + "dataset");
            }
            Thread.sleep(1000);
        }
    }

    /**
     * On a fresh start the services are still copying the directory's 18,000 units from Kafka, and
     * events take a moment to reach the ledger: a call naming units, visits or requests a service does
     * not know yet is repeated until it does (at most three minutes).
     */
    private String callOnceKnown(String method, String url, String token, String body) throws IOException,
            InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return call(method, url, token, body);
            } catch (IOException e) {
                if (attempt >= 90 || !(e.getMessage().contains("is not in the directory")
                        || e.getMessage().contains("was not found") || e.getMessage().contains("can be rated once"))) {
                    throw e;
                }
                Thread.sleep(2000);
            }
        }
    }

    private static String targets(List<String> units) {
        return "\"targets\": " + json(units);
    }
}
