package io.grassroots.web.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's answers about a department's own spreadsheets and a unit's task as a workbook, shaped as
 * dataset-share-service answers them (docs: the forms API contract). Files sent are kept byte for byte.
 */
public final class FormStub {
    /** A draft the tests review and whose confirmation the API refuses. */
    public static final String DRAFT = "6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7";
    /** A draft the tests confirm: it is filed afterwards. */
    public static final String TO_CONFIRM = "7a2d3b4c-5e6f-4071-8b82-a3c4d5e6f708";
    /** A form filed before, with its summary and workbook. */
    public static final String FILED = "8b3e4c5d-6f70-4182-9c93-b4d5e6f70819";
    public static final String DISPOSITION = "attachment; filename=\"form.xlsx\"; filename*=UTF-8''"
            + "2026%E4%B8%80%E5%AD%A3%E5%BA%A6.xlsx";
    /** Bytes that are not text, so that a mangled copy shows. */
    public static final byte[] WORKBOOK = { 'P', 'K', 3, 4, (byte) 0xff, 0, (byte) 0x80, 10, 13, 'x' };
    public static final List<Upload> UPLOADS = new CopyOnWriteArrayList<>();

    static final Set<String> CONFIRMED = ConcurrentHashMap.newKeySet();
    private static final Pattern FORM = Pattern.compile("/api/forms/([0-9a-f-]{36})(/rows|/confirm|/workbook)?");
    private static final Pattern TASK = Pattern.compile("/api/tasks/([0-9a-f-]{36})/workbook");

    /** A request with a body as the stub received it: its content type and its bytes. */
    public record Upload(String method, String uri, String contentType, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private FormStub() {
    }

    static boolean answers(HttpExchange exchange, String path, String query, byte[] body) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && (path.startsWith("/api/forms") || TASK.matcher(path).matches())) {
            UPLOADS.add(new Upload(method, exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
        }
        Matcher form = FORM.matcher(path);
        Matcher task = TASK.matcher(path);
        if (path.equals("/api/forms") && method.equals("POST")) {
            upload(exchange, URLDecoder.decode(query, StandardCharsets.UTF_8));
        } else if (path.equals("/api/forms")) {
            StubGateway.send(exchange, 200, "{\"items\":[" + item(DRAFT, "DRAFT") + "," + item(FILED, "FILED")
                    + "],\"page\":0,\"size\":20,\"total\":2}");
        } else if (form.matches()) {
            form(exchange, form.group(1), form.group(2) == null ? "" : form.group(2), query, new String(body,
                    StandardCharsets.UTF_8));
        } else if (task.matches() && method.equals("GET")) {
            file(exchange);
        } else if (task.matches()) {
            taskUpload(exchange, task.group(1), query);
        } else {
            return false;
        }
        return true;
    }

    private static void upload(HttpExchange exchange, String query) throws IOException {
        if (query.contains("macro")) {
            StubGateway.send(exchange, 400, StubGateway.problem(400, "invalid", "1 invalid field",
                    ",\"violations\":[{\"field\":\"file\",\"rule\":\"MACROS\",\"message\":\"a workbook with macros\"}]"));
        } else if (query.contains("formula")) {
            StubGateway.send(exchange, 400, StubGateway.problem(400, "invalid", "1 invalid field",
                    ",\"violations\":[{\"field\":\"file\",\"rule\":\"FORMULA\",\"message\":\"cell D7 holds a "
                            + "formula\"}]"));
        } else {
            exchange.getResponseHeaders().add("Location", "/api/forms/" + DRAFT);
            StubGateway.send(exchange, 201, draft(DRAFT));
        }
    }

    private static void form(HttpExchange exchange, String id, String part, String query, String body)
            throws IOException {
        boolean known = id.equals(DRAFT) || id.equals(TO_CONFIRM) || id.equals(FILED);
        boolean filed = id.equals(FILED) || CONFIRMED.contains(id);
        if (!known) {
            StubGateway.send(exchange, 404, StubGateway.problem(404, "not-found", "form was not found", ""));
        } else if (part.equals("/rows")) {
            StubGateway.send(exchange, 200, rows(query));
        } else if (part.equals("/confirm")) {
            confirm(exchange, id, filed, body);
        } else if (part.equals("/workbook") && !filed) {
            StubGateway.send(exchange, 409, StubGateway.problem(409, "conflict", "form is DRAFT",
                    ",\"violations\":[{\"field\":\"status\",\"rule\":\"STATUS\",\"message\":\"form is DRAFT\"}]"));
        } else if (part.equals("/workbook")) {
            file(exchange);
        } else {
            StubGateway.send(exchange, 200, filed ? filed(id) : draft(id));
        }
    }

    /** As the API checks a confirmation: enough notice (a due date in March 2026 is too soon), grants, region. */
    private static void confirm(HttpExchange exchange, String id, boolean filed, String body) throws IOException {
        if (filed) {
            StubGateway.send(exchange, 409, StubGateway.problem(409, "conflict", "form is FILED",
                    ",\"violations\":[{\"field\":\"status\",\"rule\":\"STATUS\",\"message\":\"form is FILED\"}]"));
        } else if (body.contains("\"dueDate\":\"2026-03-")) {
            StubGateway.send(exchange, 400, StubGateway.problem(400, "invalid", "3 invalid fields",
                    ",\"violations\":[{\"field\":\"dueDate\",\"rule\":\"NOTICE\",\"message\":\"too soon\"},"
                            + "{\"field\":\"columns[D].indicator\",\"rule\":\"GRANT\",\"message\":\"not granted\"},"
                            + "{\"field\":\"rows[12].unit\",\"rule\":\"TARGET_IN_REGION\",\"message\":\"outside\"}]"));
        } else {
            CONFIRMED.add(id);
            StubGateway.send(exchange, 200, filed(id));
        }
    }

    private static void file(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        exchange.getResponseHeaders().add("Content-Disposition", DISPOSITION);
        exchange.sendResponseHeaders(200, WORKBOOK.length);
        exchange.getResponseBody().write(WORKBOOK);
        exchange.close();
    }

    /** Row 4 is right; row 5's population is out of range: refused whole unless partial. */
    private static void taskUpload(HttpExchange exchange, String id, String query) throws IOException {
        if (!id.equals(UnitStub.TASK_REFUSED)) {
            StubGateway.send(exchange, 404, StubGateway.problem(404, "not-found", "task was not found", ""));
        } else if (query.contains("partial=true")) {
            StubGateway.send(exchange, 200, "{\"accepted\":[{\"row\":4,\"indicator\":\"POPULATION\"}],"
                    + "\"rejected\":[{\"row\":5,\"violations\":[{\"field\":\"rows[5].value\",\"rule\":\"VALUE\","
                    + "\"message\":\"POPULATION is at most 1000000\"}]}],\"task\":{\"id\":\"" + id + "\"}}");
        } else {
            StubGateway.send(exchange, 400, StubGateway.problem(400, "invalid", "1 invalid row",
                    ",\"violations\":[{\"field\":\"rows[5].value\",\"rule\":\"VALUE\",\"message\":\"POPULATION is "
                            + "at most 1000000\"},{\"field\":\"rows[6].value\",\"rule\":\"FORMAT\",\"message\":\"not "
                            + "a number\"}]"));
        }
    }

    private static String item(String id, String status) {
        return "{\"id\":\"" + id + "\",\"fileName\":\"2026一季度安全生产统计表.xlsx\",\"title\":\"2026年第一季度安全生产情况统计表\","
                + "\"status\":\"" + status + "\",\"period\":\"2026-Q1\",\"createdAt\":\"2026-04-01T02:00:00Z\","
                + "\"requestId\":" + (status.equals("FILED") ? "\"" + LedgerStub.REQUEST + "\"" : "null")
                + ",\"rowsTotal\":120,\"columnsMapped\":3}";
    }

    static String draft(String id) {
        return """
                {"id":"%s","departmentId":"450102-emergency","fileName":"2026一季度安全生产统计表.xlsx",
                 "status":"DRAFT","createdAt":"2026-04-01T02:00:00Z","sheet":"Sheet1","headerRows":[3,4],
                 "firstDataRow":5,"unitColumn":"B","title":"2026年第一季度安全生产情况统计表","period":"2026-Q1",
                 "remembered":false,
                 "columns":[
                  {"column":"C","header":"人口情况 / 户籍人口（人）","indicator":"POPULATION","indicatorName":"户籍人口","match":"NAME"},
                  {"column":"D","header":"事故起数","indicator":"SAFETY_INCIDENTS","indicatorName":"安全生产事故起数","match":"ALIAS"},
                  {"column":"E","header":"备注","indicator":null,"indicatorName":null,"match":"NONE"},
                  {"column":"F","header":"隐患整改","indicator":"HAZARDS_FIXED","indicatorName":"隐患整改数","match":"REMEMBERED"}],
                 "rowsTotal":120,"rowsMatched":117,
                 "rows":[
                  {"row":12,"text":"新村","unit":null,"unitName":null,"match":"AMBIGUOUS","candidates":[
                    {"code":"450102001002","name":"新村","parentName":"城关镇"},
                    {"code":"450102002003","name":"新村","parentName":"朝阳街道"}]},
                  {"row":13,"text":"旧村","unit":null,"unitName":null,"match":"UNKNOWN","candidates":[]},
                  {"row":14,"text":"外县村","unit":"450103001001","unitName":"外县村","match":"OUTSIDE_REGION","candidates":[]}],
                 "unreadable":[{"cell":"D7","reason":"text where a number is expected"}],
                 "requestId":null,"summary":null}
                """.formatted(id);
    }

    static String filed(String id) {
        return draft(id).replace("\"status\":\"DRAFT\"", "\"status\":\"FILED\"")
                .replace("\"requestId\":null,\"summary\":null", "\"requestId\":\"" + LedgerStub.REQUEST + "\","
                        + "\"summary\":{\"cellsTotal\":3510,\"filledFromShared\":2480,\"askedOfUnits\":1000,"
                        + "\"coalesced\":30,\"awaiting\":1030,\"minutesSaved\":41000,\"requestStatus\":\"OPEN\"}");
    }

    /** Row 12 on the page asked for, and a total of 120 rows (three pages of 50). */
    private static String rows(String query) {
        Matcher page = Pattern.compile("(?:^|&)page=(\\d+)").matcher(query);
        int p = page.find() ? Integer.parseInt(page.group(1)) : 0;
        int row = 5 + p * 50;
        return "{\"items\":[{\"row\":" + row + ",\"text\":\"第" + (p + 1) + "页的村\",\"unit\":\"450102001001\","
                + "\"unitName\":\"民生社区\",\"match\":\"NAME\",\"candidates\":[]}],\"page\":" + p
                + ",\"size\":50,\"total\":120}";
    }
}
