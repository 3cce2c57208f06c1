package io.grassroots.web.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's answers to a unit (民生街道, 450102001), shaped as the services answer them: its
 * calendar and burden ledger, tasks, access log, ratings and calendar feed. Writes are remembered, so
 * a page shows what was just done.
 */
public final class UnitStub {
    /** A user name starting with this signs in as the unit. */
    public static final String USER_PREFIX = "unit-";
    public static final String UNIT = "450102001";
    public static final String DONE_VISIT = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    public static final String PLANNED_VISIT = "a3bb189e-8bf9-3888-9912-ace4e6543002";
    public static final String REQUEST = "e4eaaaf2-d142-11e1-b3e4-080027620cdd";
    /** An open task the tests submit correctly: it is done afterwards. */
    public static final String TASK_TO_DO = "16fd2706-8baf-433b-82eb-8c7fada847da";
    /** An open task whose population the tests give out of range: it stays open. */
    public static final String TASK_REFUSED = "886313e1-3b8a-5372-9b90-0c9aee199e5d";
    public static final String TASK_DONE = "9b2d3c57-f1a6-4e3a-9f1b-2f0b6c1e8d55";
    public static final String RATING = "5f1e2d3c-4b5a-4978-8a6b-1c2d3e4f5a6b";

    static final Set<String> DONE = ConcurrentHashMap.newKeySet();
    private static final Pattern SUBMIT = Pattern.compile("/api/tasks/([0-9a-f-]{36})/submit");
    private static final Pattern ACCESS_LOG = Pattern.compile("/api/units/[0-9]+/access-log");
    /** A department the access log names that the directory does not know. */
    public static final String UNKNOWN_DEPARTMENT = "450102-water";
    private static volatile String rated;
    private static volatile boolean feedActive;
    private static volatile int feedCounter;

    private UnitStub() {
    }

    static String token(String user) {
        return StubGateway.MINTER.mint(user, "UNIT", null, UNIT, UNIT, Duration.ofMinutes(15));
    }

    /** Answers what is the unit's, or returns false. */
    static boolean answer(HttpExchange exchange, String path, String query, String body) throws IOException {
        String method = exchange.getRequestMethod();
        if (path.equals("/api/units/" + UNIT + "/calendar")) {
            StubGateway.send(exchange, 200, calendar(query.contains("year=2027")));
        } else if (path.equals("/api/burden/units/" + UNIT)) {
            StubGateway.send(exchange, 200, "{\"unitCode\":\"" + UNIT + "\",\"name\":\"民生街道\",\"year\":2027,"
                    + "\"months\":[" + month(1, 0, 0, "0.00") + "," + month(4, 1, 2, "8.50") + ","
                    + month(5, 1, 1, "4.00") + "]}");
        } else if (path.equals("/api/tasks") && method.equals("GET")) {
            StubGateway.send(exchange, 200, "[" + task(TASK_TO_DO) + "," + task(TASK_REFUSED) + "," + task(TASK_DONE)
                    + "]");
        } else if (SUBMIT.matcher(path).matches() && method.equals("POST")) {
            submit(exchange, path, body);
        } else if (ACCESS_LOG.matcher(path).matches()) {
            String claims = StubGateway.claims(exchange.getRequestHeaders().getFirst("Authorization"));
            if (readsLog(claims, path.split("/")[3])) {
                StubGateway.send(exchange, 200, accessLog(query));
            } else {
                StubGateway.send(exchange, 404, StubGateway.problem(404, "not-found", "access log of "
                        + path.split("/")[3] + " was not found", ""));
            }
        } else if (path.equals("/api/feedback") && method.equals("GET")) {
            StubGateway.send(exchange, 200, rated == null ? "[]" : "[" + rated + "]");
        } else if (path.equals("/api/feedback") && method.equals("POST")) {
            rate(exchange, body);
        } else if (path.equals("/api/units/" + UNIT + "/calendar-feed")) {
            feed(exchange, method);
        } else if (path.startsWith("/api/units/") && path.endsWith("/calendar-feed")) {
            StubGateway.send(exchange, 404, StubGateway.problem(404, "not-found", "calendar feed was not found", ""));
        } else {
            return false;
        }
        return true;
    }

    private static String calendar(boolean withVisits) {
        StringBuilder months = new StringBuilder("{");
        for (int m = 1; m <= 12; m++) {
            String visits = !withVisits ? "" : m == 4 ? visit(DONE_VISIT, "COMPLETED", "2027-04-12",
                    "[\"2027-04-12\",\"2027-04-13\"]", "2027年春季安全生产检查", "2027年春季消防安全检查")
                    : m == 5 ? visit(PLANNED_VISIT, "PLANNED", "2027-05-20", "[\"2027-05-20\"]", "2027年食品安全检查", null)
                            : "";
            months.append(m == 1 ? "" : ",").append(String.format("\"2027-%02d\":[%s]", m, visits));
        }
        return months.append("}").toString();
    }

    private static String visit(String id, String status, String date, String days, String title, String second) {
        String plans = "{\"planId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"departmentId\":\"450102-emergency\","
                + "\"title\":\"" + title + "\",\"category\":\"WORK_SAFETY\",\"resultRecorded\":true}"
                + (second == null ? "" : ",{\"planId\":\"2b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"departmentId\":"
                        + "\"450102-fire\",\"title\":\"" + second
                        + "\",\"category\":\"FIRE\",\"resultRecorded\":true}");
        return "{\"id\":\"" + id + "\",\"year\":2027,\"unitCode\":\"" + UNIT + "\",\"unitName\":\"民生街道\","
                + "\"countyCode\":\"450102\",\"group\":\"SAFETY\",\"date\":\"" + date + "\",\"days\":" + days
                + ",\"leadDepartment\":\"450102-emergency\",\"team\":[],\"teamSize\":5,\"materials\":[],\"status\":\""
                + status + "\",\"plans\":[" + plans + "]}";
    }

    private static String month(int m, int visits, int days, String hours) {
        return "{\"month\":" + m + ",\"visits\":" + visits + ",\"visitDays\":" + days + ",\"dataTasks\":1,"
                + "\"fieldsAsked\":3,\"estimatedHours\":" + hours + "}";
    }

    private static String task(String id) {
        boolean done = id.equals(TASK_DONE) || DONE.contains(id);
        // The task done came from a department's quarterly form.
        return "{\"id\":\"" + id + "\",\"unit\":\"" + UNIT + "\",\"period\":\"" + (id.equals(TASK_DONE) ? "2026-Q1"
                : "2026") + "\",\"status\":\""
                + (done ? "FULFILLED" : "OPEN") + "\",\"dueDate\":\"2027-05-31\","
                + "\"indicators\":[\"POPULATION\",\"SAFETY_INCIDENTS\"],\"openIndicators\":"
                + (done ? "[]" : "[\"POPULATION\"]") + ",\"requestedBy\":[\"450102-emergency\"],"
                + "\"createdAt\":\"2027-04-01T02:00:00Z\",\"fulfilledAt\":"
                + (done ? "\"2027-04-02T03:00:00Z\"" : "null")
                + "}";
    }

    /** As TaskService checks: the population between 0 and 1,000,000. */
    private static void submit(HttpExchange exchange, String path, String body) throws IOException {
        Matcher m = SUBMIT.matcher(path);
        m.matches();
        String id = m.group(1);
        Matcher value = Pattern.compile("\"value\":(-?[0-9.]+)").matcher(body);
        if (!id.equals(TASK_TO_DO) && !id.equals(TASK_REFUSED)) {
            StubGateway.send(exchange, 404, StubGateway.problem(404, "not-found", "task was not found", ""));
        } else if (!value.find() || Double.parseDouble(value.group(1)) > 1_000_000) {
            StubGateway.send(exchange, 400, StubGateway.problem(400, "invalid", "1 invalid field",
                    ",\"violations\":[{\"field\":\"values[0].value\",\"rule\":\"VALUE\",\"message\":\"POPULATION is "
                            + "at most 1000000\"}]"));
        } else {
            DONE.add(id);
            StubGateway.send(exchange, 200, task(id));
        }
    }

    /**
     * As DataReadResource decides: the unit reads its own log and an auditor the logs of its region's units;
     * anyone else, another region's auditor included, is told there is no such log (404).
     */
    private static boolean readsLog(String claims, String unit) {
        boolean own = claims.contains("\"groups\":[\"UNIT\"]") && unit.equals(StubGateway.field(claims, "unit"));
        String region = StubGateway.field(claims, "region");
        boolean auditor = claims.contains("\"groups\":[\"AUDITOR\"]") && !region.isEmpty() && unit.startsWith(region);
        return unit.equals(UNIT) && (own || auditor);
    }

    /**
     * Page 0 has a read for a request, a refused attempt and a direct read by a department the directory does
     * not know; the total makes three pages of 30.
     */
    private static String accessLog(String query) {
        Matcher page = Pattern.compile("(?:^|&)page=(\\d+)").matcher(query);
        int p = page.find() ? Integer.parseInt(page.group(1)) : 0;
        return "{\"items\":[{\"at\":\"2027-04-03T01:30:00Z\",\"departmentId\":\"450102-emergency\",\"caller\":"
                + "\"emergency-xingning\",\"indicator\":\"SAFETY_INCIDENTS\",\"period\":\"2026\",\"requestId\":\""
                + REQUEST + "\",\"outcome\":\"READ\",\"reason\":null},{\"at\":\"2027-04-02T01:00:00Z\","
                + "\"departmentId\":\"450102-market\",\"caller\":\"market-xingning\",\"indicator\":\"POPULATION\","
                + "\"period\":\"2026\",\"requestId\":null,\"outcome\":\"DENIED\",\"reason\":\"POPULATION (RESTRICTED) "
                + "is not granted to 450102-market\"},{\"at\":\"2027-04-01T01:00:00Z\",\"departmentId\":\""
                + UNKNOWN_DEPARTMENT + "\",\"caller\":\"water-xingning\",\"indicator\":\"POPULATION\",\"period\":"
                + "\"2026\",\"requestId\":null,\"outcome\":\"READ\",\"reason\":\"direct read\"}],\"page\":" + p
                + ",\"size\":30,\"total\":61}";
    }

    /** As FeedbackService rates: a planned visit is not yet, a completed one once. */
    private static void rate(HttpExchange exchange, String body) throws IOException {
        if (body.contains(PLANNED_VISIT)) {
            StubGateway.send(exchange, 409, StubGateway.problem(409, "conflict", "visit is PLANNED",
                    ",\"violations\":[{\"field\":null,\"rule\":\"NOT_YET\",\"message\":\"visit is PLANNED\"}]"));
            return;
        }
        Matcher rating = Pattern.compile("\"rating\":(\\d+)").matcher(body);
        rating.find();
        rated = "{\"id\":\"" + RATING + "\",\"unitCode\":\"" + UNIT + "\",\"itemType\":\"VISIT\",\"itemId\":\""
                + DONE_VISIT + "\",\"rating\":" + rating.group(1) + ",\"comment\":\"检查组轻车简从\","
                + "\"createdAt\":\"2027-04-20T02:00:00Z\",\"updatedAt\":\"2027-04-20T02:00:00Z\","
                + "\"editableUntil\":\"2027-04-27T02:00:00Z\"}";
        StubGateway.send(exchange, 201, rated);
    }

    private static void feed(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "POST" -> {
                feedActive = true;
                feedCounter++;
                String secret = ("secret" + feedCounter + "x".repeat(43)).substring(0, 43);
                StubGateway.send(exchange, 200, "{\"unitCode\":\"" + UNIT + "\",\"active\":true,\"createdAt\":"
                        + "\"2027-04-01T02:00:00Z\",\"path\":\"/api/feeds/" + secret + ".ics\"}");
            }
            case "DELETE" -> {
                feedActive = false;
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }
            default -> StubGateway.send(exchange, 200, "{\"unitCode\":\"" + UNIT + "\",\"active\":" + feedActive
                    + (feedActive ? ",\"createdAt\":\"2027-04-01T02:00:00Z\"" : "") + "}");
        }
    }
}
