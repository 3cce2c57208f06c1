package io.grassroots.deploy;

import io.grassroots.infra.TokenMinter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final String INSPECTION = "http://127.0.0.1:8081";
    private static final String SHARE = "http://127.0.0.1:8082";
    private static final String ASSESSMENT = "http://127.0.0.1:8083";

    private final HttpClient http = HttpClient.newHttpClient();
    private final TokenMinter minter;
    private final int year = LocalDate.now(ZONE).getYear() + 1;

    DemoYear(TokenMinter minter) {
        this.minter = minter;
    }

    int year() {
        return year;
    }

    /** Seeds the year unless its plans exist; returns whether it seeded. */
    boolean seed(PrintStream out) throws IOException, InterruptedException {
        String emergency = dept("emergency");
        if (!call("GET", INSPECTION + "/api/plans?year=" + year, emergency, null).contains("\"total\":0")) {
            return false;
        }
        out.println("Seeding demo year " + year + " in " + COUNTY + " (青秀区) through the services' APIs …");
        String coordinator = minter.mint("coordinator-45", "COORDINATOR", null, null, "45", LIFETIME);
        List<String> townships = all(call("GET", INSPECTION + "/api/units?parent=" + COUNTY
                + "&level=TOWNSHIP&size=50", emergency, null), "\"code\":\"(\\d{9})\"");
        call("PUT", INSPECTION + "/api/policy/" + COUNTY + "/" + year, coordinator, """
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
        call("POST", INSPECTION + "/api/schedule/" + COUNTY + "/" + year, coordinator, null);

        String emergencyTeam = minter.mint("team-emergency-qingxiu", "TEAM", "450103-emergency", null, COUNTY, LIFETIME);
        String fireTeam = minter.mint("team-fire-qingxiu", "TEAM", "450103-fire", null, COUNTY, LIFETIME);
        List<String> visited = new ArrayList<>();
        for (String township : townships.subList(0, 2)) {
            String visits = call("GET", INSPECTION + "/api/visits?unit=" + township, coordinator, null);
            String visit = first(visits, "\"id\":\"([0-9a-f-]{36})\"");
            call("POST", INSPECTION + "/api/visits/" + visit + "/confirm", coordinator, null);
            result(visit, emergencyTeam, emergencyPlan, 4, "0");
            result(visit, fireTeam, firePlan, 5, null);
            visited.add(visit);
        }

        // Results reach the shared dataset through Kafka; the request is then partly answered from them.
        Thread.sleep(5000);
        String due = LocalDate.now(ZONE).plusDays(45).toString();
        String request = first(callOnceKnown("POST", SHARE + "/api/data-requests", emergency, """
                {"title": "安全生产事故与人口情况", "indicators": ["SAFETY_INCIDENTS", "POPULATION"],
                 "units": %s, "period": "%d", "dueDate": "%s"}""".formatted(json(townships.subList(0, 4)), year - 1,
                due)), "\"id\":\"([0-9a-f-]{36})\"");

        String unit = minter.mint("demo-" + townships.get(0), "UNIT", null, townships.get(0), townships.get(0),
                LIFETIME);
        callOnceKnown("POST", ASSESSMENT + "/api/feedback", unit, "{\"visitId\": \"" + visited.get(0)
                + "\", \"rating\": 5, \"comment\": \"一次联合检查，材料一份\"}");
        callOnceKnown("POST", ASSESSMENT + "/api/feedback", unit, "{\"requestId\": \"" + request
                + "\", \"rating\": 4, \"comment\": \"只填了缺的数\"}");
        return true;
    }

    private String dept(String line) {
        return minter.mint(line + "-qingxiu", "DEPARTMENT", COUNTY + "-" + line, null, COUNTY, LIFETIME);
    }

    /** Files, submits and approves a plan (accepting the review findings it carries); returns its id. */
    private String plan(String department, String coordinator, String title, String category, String targets,
            String from, String to, int teamSize) throws IOException, InterruptedException {
        String created = call("POST", INSPECTION + "/api/plans", department, """
                {"year": %1$d, "title": "%1$d年%2$s", "kind": "INSPECTION", "scope": "SPECIAL", "category": "%3$s",
                 %4$s, "windowStart": "%1$d-%5$s", "windowEnd": "%1$d-%6$s", "onSiteDays": 1, "teamSize": %7$d,
                 "materials": ["SAFETY_INCIDENTS"], "mandate": "桂安委〔%1$d〕1号"}""".formatted(year, title, category,
                targets, from, to, teamSize));
        String id = first(created, "\"id\":\"([0-9a-f-]{36})\"");
        String submitted = call("POST", INSPECTION + "/api/plans/" + id + "/submit", department, null);
        Set<String> review = new LinkedHashSet<>(all(submitted, "\"rule\":\"(\\w+)\",\"severity\":\"REVIEW\""));
        call("POST", INSPECTION + "/api/plans/" + id + "/decision", coordinator, "{\"decision\": \"APPROVE\", "
                + "\"reason\": \"按年度计划执行\", \"acceptedFindings\": " + json(new ArrayList<>(review)) + "}");
        return id;
    }

    private void result(String visit, String team, String plan, int rating, String incidents)
            throws IOException, InterruptedException {
        String values = incidents == null ? "[]" : "[{\"indicator\": \"SAFETY_INCIDENTS\", \"period\": \""
                + (year - 1) + "\", \"value\": " + incidents + "}]";
        call("POST", INSPECTION + "/api/visits/" + visit + "/results", team, "{\"results\": [{\"planId\": \"" + plan
                + "\", \"findings\": \"检查完成\", \"rating\": " + rating + ", \"rectifications\": [], "
                + "\"indicatorValues\": " + values + "}]}");
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

    private String call(String method, String url, String token, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String targets(List<String> units) {
        return "\"targets\": " + json(units);
    }

    private static String json(List<String> values) {
        return values.isEmpty() ? "[]" : "[\"" + String.join("\", \"", values) + "\"]";
    }

    private static String first(String text, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IOException("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
