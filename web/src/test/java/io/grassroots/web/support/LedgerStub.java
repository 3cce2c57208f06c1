package io.grassroots.web.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The stub gateway's part for data requests (the catalog is CatalogStub's), the directory's townships,
 * the burden ledger and the share's stats, shaped as dataset-share-service, inspection-service and
 * assessment-service answer.
 */
public final class LedgerStub {
    /** The department's own request: two fields answered from shared data, two waiting on one unit's task. */
    public static final String REQUEST = "2c5e28ba-2fa1-11d2-883f-0016d3cca427";
    /** Another department's request: the API answers 404, as it does for an object the caller does not own. */
    public static final String FOREIGN = "3d6f28ba-2fa1-11d2-883f-0016d3cca427";
    public static final String TASK = "4e7028ba-2fa1-11d2-883f-0016d3cca427";

    static final String REQUEST_JSON = """
            {"id":"%s","department":"450102-emergency","title":"2025年安全生产基本情况","period":"2025",
             "dueDate":"2026-05-29","status":"OPEN","fieldsRequested":4,"answeredFromShared":2,"askedOfUnits":2,
             "coalesced":0,"minutesSaved":20,"createdAt":"2026-03-02T01:00:00Z",
             "fields":[
              {"unit":"450102001","indicator":"POPULATION","status":"ANSWERED","answeredFrom":"SHARED","value":12345,
               "version":3,"source":"STATISTICS","reportedAt":"2026-01-15T02:00:00Z"},
              {"unit":"450102001","indicator":"SAFETY_INCIDENTS","status":"ANSWERED","answeredFrom":"SHARED","value":0,
               "version":1,"source":"INSPECTION","reportedAt":"2026-02-10T02:00:00Z"},
              {"unit":"450102002","indicator":"POPULATION","status":"PENDING","taskId":"%s"},
              {"unit":"450102002","indicator":"SAFETY_INCIDENTS","status":"PENDING","taskId":"%s"}]}
            """.formatted(REQUEST, TASK, TASK);

    static final String TOWNSHIPS = """
            {"items":[{"code":"450102001","name":"民生街道","level":"TOWNSHIP"},
                      {"code":"450102002","name":"朝阳街道","level":"TOWNSHIP"}],"page":0,"size":200,"total":2}
            """;

    /** Two departments of 450102: one over its quota with shared answers, one without a quota. */
    public static final String LEDGER = """
            [{"counts":{"departmentId":"450102-emergency","name":"兴宁区应急管理局","level":"COUNTY","regionCode":"450102",
              "year":2026,"plansFiled":3,"targetsFiled":12,"plansApproved":2,"targetsApproved":9,"plansRejected":1,
              "plansCancelled":0,"baseline":20,"quotaLimit":10,"targetsVisited":8,"targetsMerged":6,"visitDayShare":3.5,
              "requestsFiled":2,"fieldsRequested":40,"fieldsAnsweredShared":27,"fieldsAskedOfUnits":9,"fieldsCoalesced":4,
              "minutesSaved":310,"tasksIssued":3,"taskMinutes":120,"submissionsRefused":1,"refusedByNotice":1,
              "refusedByCalendar":0,"feedbackCount":2,"feedbackSum":9},
              "cutAchieved":0.4,"withinQuota":false,"mergeShare":0.75,"shareRate":0.775,"feedbackMean":4.5,
              "unitHoursImposed":16.0,"reliefScore":63.25,"burdenScore":20.0},
             {"counts":{"departmentId":"450102-fire","name":"兴宁区消防救援大队","level":"COUNTY","regionCode":"450102",
              "year":2026,"plansFiled":1,"targetsFiled":5,"plansApproved":1,"targetsApproved":5,"plansRejected":0,
              "plansCancelled":0,"baseline":null,"quotaLimit":null,"targetsVisited":5,"targetsMerged":2,
              "visitDayShare":1.5,"requestsFiled":0,"fieldsRequested":0,"fieldsAnsweredShared":0,"fieldsAskedOfUnits":0,
              "fieldsCoalesced":0,"minutesSaved":0,"tasksIssued":0,"taskMinutes":0,"submissionsRefused":0,
              "refusedByNotice":0,"refusedByCalendar":0,"feedbackCount":0,"feedbackSum":0},
              "cutAchieved":null,"withinQuota":null,"mergeShare":0.4,"shareRate":null,"feedbackMean":null,
              "unitHoursImposed":6.0,"reliefScore":40.0,"burdenScore":6.0}]
            """;

    /** A year with requests in March (30 of 40 fields spared) and May; no other month has any. */
    static String stats(String query) {
        StringBuilder months = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            String month = switch (m) {
                case 3 ->
                    "\"requests\":1,\"fieldsRequested\":40,\"answeredFromShared\":27,\"coalesced\":4,\"shareAnswered\":0.675";
                case 5 ->
                    "\"requests\":1,\"fieldsRequested\":10,\"answeredFromShared\":2,\"coalesced\":0,\"shareAnswered\":0.2";
                default ->
                    "\"requests\":0,\"fieldsRequested\":0,\"answeredFromShared\":0,\"coalesced\":0,\"shareAnswered\":0";
            };
            months.append(m == 1 ? "" : ",").append("{\"month\":").append(m).append(',').append(month).append('}');
        }
        return "{\"year\":" + (query.contains("year=2025") ? 2025 : 2026) + ",\"scope\":\"450102\",\"requests\":2,"
                + "\"fieldsRequested\":50,\"answeredFromShared\":29,\"askedOfUnits\":17,\"coalesced\":4,\"tasksIssued\":4,"
                + "\"minutesSaved\":330,\"shareAnswered\":0.58,\"forms\":{\"filed\":1,\"cells\":40,\"filledFromShared\":27},"
                + "\"months\":[" + months + "]}";
    }

    private LedgerStub() {
    }

    /** Answers the request if it is one of these paths, and says whether it did. */
    static boolean answers(HttpExchange exchange, String path, String query, String body) throws IOException {
        String method = exchange.getRequestMethod();
        if (path.equals("/api/data-requests") && method.equals("POST")) {
            file(exchange, body);
        } else if (path.equals("/api/data-requests")) {
            send(exchange, 200, requestPage(query));
        } else if (path.equals("/api/data-requests/" + REQUEST)) {
            send(exchange, 200, REQUEST_JSON);
        } else if (path.equals("/api/data-requests/" + FOREIGN)) {
            send(exchange, 404, problem(404, "not-found", "data request " + FOREIGN + " was not found", ""));
        } else if (path.equals("/api/units") && query.contains("level=TOWNSHIP")) {
            send(exchange, 200, TOWNSHIPS);
        } else if (path.equals("/api/burden/departments")) {
            send(exchange, 200, query.contains("year=2024") ? "[]" : LEDGER);
        } else if (path.equals("/api/share/stats")) {
            send(exchange, 200, stats(query));
        } else {
            return false;
        }
        return true;
    }

    /** As RequestService checks: a title, enough notice (a due date in March 2026 is too soon), the region. */
    private static void file(HttpExchange exchange, String body) throws IOException {
        if (body.contains("\"title\":null")) {
            send(exchange, 400, problem(400, "invalid-request", "title is required", ",\"violations\":[{\"field\":"
                    + "\"title\",\"rule\":\"REQUIRED\",\"message\":\"title is required\"}]"));
        } else if (body.contains("\"dueDate\":\"2026-03-")) {
            send(exchange, 400, problem(400, "rule-violation", "notice", ",\"violations\":[{\"field\":\"dueDate\","
                    + "\"rule\":\"NOTICE\",\"message\":\"due 2026-03-05 is 3 working day(s) after 2026-03-02\"},"
                    + "{\"field\":\"units[2]\",\"rule\":\"EXISTS\",\"message\":\"unit 999 is not in the directory\"}]"));
        } else {
            send(exchange, 201, REQUEST_JSON);
        }
    }

    /** One request on the requested page, and a total that makes three pages of twenty. */
    private static String requestPage(String query) {
        int page = 0;
        var m = java.util.regex.Pattern.compile("(?:^|&)page=(\\d+)").matcher(query);
        if (m.find()) {
            page = Integer.parseInt(m.group(1));
        }
        String item = REQUEST_JSON.replace("2025年安全生产基本情况", "第" + (page + 1) + "页的申请");
        return "{\"items\":[" + item + "],\"page\":" + page + ",\"size\":20,\"total\":41}";
    }

    private static String problem(int status, String type, String detail, String more) {
        return "{\"type\":\"urn:grassroots:problem:" + type + "\",\"title\":\"" + type + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"" + more + "}";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json"
                : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
