package io.grassroots.web.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.grassroots.infra.SigningKeys;
import io.grassroots.infra.TokenMinter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The gateway as the console sees it, on a port of its own: sign-in, the leaderboard and plans,
 * answering what the real API answers for the cases the tests name. Tokens are signed with a key
 * pair made for the run, whose public half the console verifies with. Each request is recorded.
 */
public class StubGateway implements QuarkusTestResourceLifecycleManager {
    public static final String PASSWORD = "right-password-1";
    public static final String PLAN = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    /** A token the stub refuses with 401, as the gateway does once an account is disabled. */
    public static final String REVOKED_USER = "disabled-dept";
    public static final List<Recorded> REQUESTS = new CopyOnWriteArrayList<>();
    /** The departments the directory knows by name; the access log also names one it does not. */
    public static final Map<String, String> DEPARTMENTS = Map.of("450102-emergency", "兴宁区应急管理局",
            "450102-market", "兴宁区市场监督管理局");

    private static final SigningKeys KEYS = SigningKeys.generate();
    static final TokenMinter MINTER = new TokenMinter(KEYS);
    private HttpServer server;

    /** A request as the stub received it. */
    public record Recorded(String method, String uri, String authorization, String body) {
    }

    public static String token(String user, String role) {
        return MINTER.mint(user, role, "DEPARTMENT".equals(role) || "TEAM".equals(role) ? "450102-emergency" : null,
                null, "450102",
                Duration.ofMinutes(15));
    }

    /** A coordinator's token for another region than the stub's county, e.g. a province's ("45"). */
    public static String coordinatorOf(String user, String region) {
        return MINTER.mint(user, "COORDINATOR", null, null, region, Duration.ofMinutes(15));
    }

    /** An auditor's token for another region than the stub's county, e.g. a neighbouring county's ("450103"). */
    public static String auditorOf(String user, String region) {
        return MINTER.mint(user, "AUDITOR", null, null, region, Duration.ofMinutes(15));
    }

    public static String expiredToken(String user) {
        return MINTER.mint(user, "DEPARTMENT", "450102-emergency", null, "450102", Duration.ofMinutes(-5));
    }

    public static String strangersToken(String user) {
        return new TokenMinter(SigningKeys.generate()).mint(user, "COORDINATOR", null, null, "45",
                Duration.ofMinutes(15));
    }

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("web-keys-");
            Path publicKey = KEYS.writePublicKey(dir.resolve(SigningKeys.PUBLIC_FILE));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", StubGateway::answer);
            server.start();
            return Map.of("grassroots.web.gateway-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        REQUESTS.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(), authorization,
                body));
        if (authorization != null && authorization.contains(".") && revoked(authorization)) {
            send(exchange, 401, problem(401, "unauthorized", "the bearer token was revoked", ""));
        } else if (path.equals("/api/auth/token")) {
            signIn(exchange, body);
        } else if (path.equals("/api/burden/leaderboard")) {
            if (query.contains("region=bad")) {
                send(exchange, 400, problem(400, "invalid", "region must be a 2-, 4- or 6-digit code",
                        ",\"violations\":[{\"field\":\"region\",\"rule\":\"FORMAT\",\"message\":\"region must be a "
                                + "2-, 4- or 6-digit code, was bad\"}]"));
            } else {
                send(exchange, 200, StubAnswers.LEADERBOARD);
            }
        } else if ((path.startsWith("/api/policy/") || path.startsWith("/api/calendar/")) && authorization != null) {
            PolicyStub.answer(exchange, path, body);
        } else if (path.startsWith("/api/schedule/") && authorization != null) {
            ScheduleStub.answer(exchange, path);
        } else if (authorization != null && path.startsWith("/api/visits")) {
            String[] visit = VisitStub.answer(exchange.getRequestMethod(), path, query, body);
            send(exchange, Integer.parseInt(visit[0]), visit[1]);
        } else if (path.startsWith("/api/departments/") && authorization != null) {
            department(exchange, path.substring("/api/departments/".length()));
        } else if (path.equals("/api/categories") && authorization != null) {
            send(exchange, 200, "[{\"code\":\"WORK_SAFETY\",\"name\":\"安全生产\",\"group\":\"SAFETY\"}]");
        } else if (authorization != null && (path.equals("/api/plans") && exchange.getRequestMethod().equals("POST")
                || path.equals("/api/plans/" + PLAN) && exchange.getRequestMethod().equals("PUT"))) {
            if (body.contains("\"title\":null")) {
                send(exchange, 400, problem(400, "invalid", "title is required", ",\"violations\":[{\"field\":"
                        + "\"title\",\"rule\":\"REQUIRED\",\"message\":\"title is required\"},{\"field\":"
                        + "\"targets[1]\",\"rule\":\"FORMAT\",\"message\":\"'x' is not a unit code\"}]"));
            } else {
                send(exchange, exchange.getRequestMethod().equals("POST") ? 201 : 200, StubAnswers.PLAN);
            }
        } else if (path.equals("/api/plans") && authorization != null) {
            send(exchange, 200, StubAnswers.planPage(query));
        } else if (path.equals("/api/plans/" + PLAN) && authorization != null) {
            send(exchange, 200, StubAnswers.PLAN);
        } else if (path.equals("/api/plans/" + PLAN + "/decision") && authorization != null) {
            decide(exchange, body);
        } else if (path.equals("/api/plans/" + PLAN + "/cancel") && authorization != null) {
            send(exchange, 200, StubAnswers.SUBMITTED.replace("\"SUBMITTED\"", "\"CANCELLED\""));
        } else if (path.equals("/api/plans/" + PLAN + "/submit") && authorization != null) {
            send(exchange, 422, problem(422, "rule-violation", "a blocking rule refused the submission",
                    ",\"violations\":[{\"field\":\"teamSize\",\"rule\":\"TEAM_SIZE\",\"message\":\"team of 8, "
                            + "at most 5\"}]"));
        } else if (authorization != null && FormStub.answers(exchange, path, query, raw)) {
            return;
        } else if (authorization != null && CatalogStub.answers(exchange, path, body)) {
            return;
        } else if (authorization != null && LedgerStub.answers(exchange, path, query, body)) {
            return;
        } else if (authorization != null && UnitStub.answer(exchange, path, query, body)) {
            return;
        } else if (authorization != null && AccountStub.answers(exchange, path, query, body)) {
            return;
        } else {
            send(exchange, 404, problem(404, "not-found", "nothing at " + path, ""));
        }
    }

    /** As the directory answers: two departments of the county by name; any other id is not found. */
    private static void department(HttpExchange exchange, String id) throws IOException {
        String name = DEPARTMENTS.get(id);
        if (name == null) {
            send(exchange, 404, problem(404, "not-found", "department " + id + " was not found", ""));
        } else {
            send(exchange, 200, "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"level\":\"COUNTY\","
                    + "\"regionCode\":\"450102\",\"groups\":[]}");
        }
    }

    /** As PlanService decides: approving needs each review finding accepted by name. */
    private static void decide(HttpExchange exchange, String body) throws IOException {
        if (body.contains("\"APPROVE\"") && !(body.contains("\"ANNUAL_QUOTA\"") && body.contains("\"NOTICE\""))) {
            send(exchange, 422, problem(422, "invalid", "approving needs the review findings accepted",
                    ",\"violations\":[{\"field\":\"acceptedFindings\",\"rule\":\"REVIEW_ACCEPTED\",\"message\":"
                            + "\"approving needs the NOTICE finding accepted by name\"}]"));
        } else {
            send(exchange, 200, StubAnswers.SUBMITTED.replace("\"SUBMITTED\"", body.contains("\"APPROVE\"")
                    ? "\"APPROVED\"" : "\"REJECTED\""));
        }
    }

    private static boolean revoked(String authorization) {
        return claims(authorization).contains("\"" + REVOKED_USER + "\"");
    }

    /** The claims of the bearer token as JSON text (not verified: the stub only answers as the gateway would). */
    static String claims(String authorization) {
        if (authorization == null || authorization.indexOf('.') == authorization.lastIndexOf('.')) {
            return "{}";
        }
        String payload = authorization.substring(authorization.indexOf('.') + 1, authorization.lastIndexOf('.'));
        return new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    }

    private static void signIn(HttpExchange exchange, String body) throws IOException {
        String user = field(body, "username");
        if (user.isEmpty()) {
            send(exchange, 400, problem(400, "invalid", "username is required",
                    ",\"violations\":[{\"field\":\"username\",\"rule\":\"REQUIRED\",\"message\":\"username is "
                            + "required\"}]"));
        } else if (!PASSWORD.equals(field(body, "password"))) {
            send(exchange, 401, problem(401, "unauthorized", "wrong user name or password", ""));
        } else {
            String token = user.startsWith(UnitStub.USER_PREFIX) ? UnitStub.token(user) : token(user, role(user));
            send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900}");
        }
    }

    /** The role a test user signs in with, by the start of its name; anyone else is a department. */
    private static String role(String user) {
        return user.startsWith("coord") ? "COORDINATOR" : user.startsWith("team") ? "TEAM"
                : user.startsWith("auditor") ? "AUDITOR" : "DEPARTMENT";
    }

    static String field(String json, String name) {
        var m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static String problem(int status, String type, String detail, String more) {
        return "{\"type\":\"urn:grassroots:problem:" + type + "\",\"title\":\"" + type + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"" + more + "}";
    }

    static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json"
                : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
