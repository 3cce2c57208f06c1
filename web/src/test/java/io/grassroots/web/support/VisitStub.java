package io.grassroots.web.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub gateway's visits, shaped as inspection-service answers them (VisitView): a planned visit to confirm, a confirmed one whose result form refuses what the real API
 * refuses, one that records a result (and shows it afterwards), and another department's (404).
 */
public final class VisitStub {
    public static final String PLANNED = "2c5f0000-0000-4000-8000-000000000001";
    public static final String CONFIRMED = "2c5f0000-0000-4000-8000-000000000002";
    public static final String TO_RECORD = "2c5f0000-0000-4000-8000-000000000003";
    public static final String FOREIGN = "2c5f0000-0000-4000-8000-000000000009";
    public static final String FIRE_PLAN = "3d6a0000-0000-4000-8000-000000000001";
    private static final Pattern VISIT = Pattern.compile("/api/visits/([0-9a-f-]{36})(/confirm|/results)?");
    private static final Pattern REGION = Pattern.compile("(?:^|&)region=([^&]*)");
    private static final Map<String, String> RECORDED = new ConcurrentHashMap<>();

    private VisitStub() {
    }

    /** The status and body for a request under /api/visits (the catalog is LedgerStub's). */
    static String[] answer(String method, String path, String query, String body) {
        if (path.equals("/api/visits")) {
            return list(query);
        }
        Matcher m = VISIT.matcher(path);
        if (!m.matches() || m.group(1).equals(FOREIGN) || !Map.of(PLANNED, 1, CONFIRMED, 1, TO_RECORD, 1)
                .containsKey(m.group(1))) {
            return new String[] { "404", problem(404, "not-found", "visit was not found", "") };
        }
        String id = m.group(1);
        if (m.group(2) == null) {
            return ok(visit(id, true));
        }
        if (m.group(2).equals("/confirm")) {
            if (id.equals(TO_RECORD)) {
                return new String[] { "400", problem(400, "rule-violation", "notice", ",\"violations\":[{\"field\":"
                        + "\"date\",\"rule\":\"NOTICE\",\"message\":\"visit is 3 working day(s) away\"}]") };
            }
            return id.equals(PLANNED) ? ok(visit(id, true).replace("\"PLANNED\"", "\"CONFIRMED\""))
                    : new String[] { "409", problem(409, "conflict", "visit is CONFIRMED",
                            ",\"violations\":[{\"field\":null,\"rule\":\"STATUS\",\"message\":\"only a PLANNED visit\"}]") };
        }
        return record(id, body);
    }

    /** As VisitService.record checks: findings required, a due date after the visit, a known indicator. */
    private static String[] record(String id, String body) {
        StringBuilder v = new StringBuilder();
        if (body.contains("\"findings\":null")) {
            v.append(",{\"field\":\"results[0].findings\",\"rule\":\"REQUIRED\",\"message\":\"required\"}");
        }
        if (body.contains("\"dueDate\":\"2027-03-01\"")) {
            v.append(",{\"field\":\"results[0].rectifications[1].dueDate\",\"rule\":\"AFTER_VISIT\",\"message\":"
                    + "\"a rectification is due after the visit on 2027-03-15\"}");
        }
        if (body.contains("\"value\":\"many\"")) {
            v.append(",{\"field\":\"results[0].indicatorValues[0].value\",\"rule\":\"REQUIRED\",\"message\":\"x\"}");
        }
        if (v.length() > 0) {
            return new String[] { "400", problem(400, "invalid-request", "fields are not valid",
                    ",\"violations\":[" + v.substring(1) + "]") };
        }
        if (!id.equals(TO_RECORD)) {
            return new String[] { "409", problem(409, "conflict", "visit is PLANNED", "") };
        }
        // The recorded result as the API keeps it: the request's result with who recorded it and when.
        String result = body.substring(body.indexOf("[{") + 1, body.lastIndexOf("}]") + 1);
        RECORDED.put(id, result.substring(0, result.length() - 1)
                + ",\"recordedBy\":\"team-1\",\"recordedAt\":\"2027-03-15T08:30:00Z\"}");
        return ok(visit(id, true));
    }

    private static String[] list(String query) {
        Matcher region = REGION.matcher(query);
        if (region.find() && !region.group(1).matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
            return new String[] { "400", problem(400, "invalid-request", "region must be a code",
                    ",\"violations\":[{\"field\":\"region\",\"rule\":\"FORMAT\",\"message\":\"region must be a code\"}]") };
        }
        if (query.contains("from=2027-02-30")) {
            return new String[] { "400", problem(400, "invalid-request", "from must be a date",
                    ",\"violations\":[{\"field\":\"from\",\"rule\":\"FORMAT\",\"message\":\"from must be a date\"}]") };
        }
        int page = 0;
        Matcher p = Pattern.compile("(?:^|&)page=(\\d+)").matcher(query);
        if (p.find()) {
            page = Integer.parseInt(p.group(1));
        }
        String items = query.contains("status=PLANNED") ? visit(PLANNED, false)
                : visit(PLANNED, false) + "," + visit(CONFIRMED, false);
        return ok("{\"items\":[" + items + "],\"page\":" + page + ",\"size\":20,\"total\":"
                + (query.contains("status=PLANNED") ? 41 : 2) + "}");
    }

    /** A visit: PLANNED at 民生街道 merging two plans; CONFIRMED and TO_RECORD at 朝阳街道 with one plan each. */
    private static String visit(String id, boolean alone) {
        boolean planned = id.equals(PLANNED);
        String plans = "{\"planId\":\"" + StubGateway.PLAN + "\",\"departmentId\":\"450102-emergency\",\"title\":"
                + "\"2027年春季安全生产检查\",\"category\":\"WORK_SAFETY\",\"resultRecorded\":"
                + RECORDED.containsKey(id) + "}" + (planned ? ",{\"planId\":\"" + FIRE_PLAN + "\",\"departmentId\":"
                        + "\"450102-fire\",\"title\":\"2027年春季消防安全检查\",\"category\":\"FIRE\",\"resultRecorded\":false}"
                        : "");
        String results = alone ? ",\"results\":[" + RECORDED.getOrDefault(id, "") + "]" : "";
        return "{\"id\":\"" + id + "\",\"year\":2027,\"unitCode\":\"" + (planned ? "450102001" : "450102002")
                + "\",\"unitName\":\"" + (planned ? "民生街道" : "朝阳街道") + "\",\"countyCode\":\"450102\","
                + "\"group\":\"SAFETY\",\"date\":\"2027-03-" + (planned ? "16" : "15") + "\",\"days\":[\"2027-03-"
                + (planned ? "16" : "15") + "\"],\"leadDepartment\":\"450102-emergency\",\"team\":[{\"departmentId\":"
                + "\"450102-emergency\",\"size\":3}" + (planned ? ",{\"departmentId\":\"450102-fire\",\"size\":2}" : "")
                + "],\"teamSize\":" + (planned ? 5 : 3) + ",\"materials\":[\"SAFETY_INCIDENTS\"],\"status\":\""
                + (RECORDED.containsKey(id) ? "COMPLETED" : planned ? "PLANNED" : "CONFIRMED")
                + "\",\"itineraryId\":\"SAFETY:450102-emergency:450102:2027-03-15\",\"plans\":[" + plans + "]"
                + results + "}";
    }

    private static String[] ok(String json) {
        return new String[] { "200", json };
    }

    private static String problem(int status, String type, String detail, String more) {
        return "{\"type\":\"urn:grassroots:problem:" + type + "\",\"title\":\"" + type + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"" + more + "}";
    }
}
