package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation of the platform's merged OpenAPI document through the gateway with hostile
 * values (#13): NUL and control characters, a lone surrogate, very long text, huge and tiny numbers,
 * far dates, pages past any list, wrong types, deep nesting, duplicate keys, a wrong content type;
 * as a department, a coordinator and anonymously. No answer may be a 5xx, every 4xx must be a
 * problem body, and the state of every service (row counts of their business tables) must not move.
 */
@ExtendWith(StackExtension.class)
class HostileInputTest {
    private static final List<String> SEGMENTS = List.of("%00", "a%00b", "%01%1F", "%ED%A0%80", "x".repeat(3000),
            "1e1000000", "-99999999999999999999", "%2B999999999-12-31", "..%2F..%2Fq%2Fmetrics", "4294968");
    private static final List<String> QUERIES = List.of("page=4294968&size=500", "size=-1", "year=99999999999",
            "from=%2B999999999-12-31", "q=a%00b", "department=%00", "period=%00", "unit=" + "9".repeat(2000),
            "year=2027&year=1", "page=abc");
    private static final List<String> BODIES = List.of("{\"title\": \"\\u0000\", \"category\": \"\\u0000\"}",
            "{\"year\": 1e1000000, \"value\": 1e-20000, \"teamSize\": 99999999999999999999}",
            "{\"windowStart\": \"+999999999-12-31\", \"dueDate\": \"-999999999-01-01\"}", "[" + "[".repeat(2000)
                    + "]".repeat(2000) + "]", "{\"a\": 1, \"a\": 2}", "\"\\uD800\"", "{\"decision\": [], "
                    + "\"results\": {}, \"indicators\": 7}", "not json at all", "{}", "null");

    @Test
    void noHostileRequestGetsA5xxOrChangesAnything(RunningStack stack) {
        Map<String, Object> paths = given().baseUri(stack.gateway()).get("/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        String before = StackState.of(stack);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int sent = 0;
        List<String> tokens = new ArrayList<>();
        tokens.add(SignedIn.as(stack, "emergency-qingxiu"));
        tokens.add(SignedIn.as(stack, "coordinator-qingxiu"));
        tokens.add(null);
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/auth/")) {
                continue; // Sign-in is guarded by its throttle, which this test would trip for the others.
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> operations = (Map<String, Object>) path.getValue();
            for (String method : operations.keySet()) {
                if (!List.of("get", "post", "put", "delete").contains(method)) {
                    continue;
                }
                for (int i = 0; i < SEGMENTS.size(); i++) {
                    String concrete = path.getKey().replaceAll("\\{[^/]+}", SEGMENTS.get(i));
                    String url = concrete + "?" + QUERIES.get(i);
                    String token = tokens.get(i % tokens.size());
                    String body = method.equals("get") || method.equals("delete") ? null : BODIES.get(i);
                    String type = i == 7 ? "text/plain" : "application/json";
                    Response r = send(stack, method, url, token, body, type);
                    sent++;
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    check(r, method.toUpperCase() + " " + url.substring(0, Math.min(120, url.length())), failures);
                }
            }
        }
        System.out.println("hostile requests: " + sent + " sent, answers by status " + statuses);
        assertTrue(sent > 300, "only " + sent + " requests were sent");
        assertEquals(List.of(), failures, failures.size() + " of " + sent + " answers broke the rules");
        assertEquals(before, StackState.of(stack), "hostile requests changed nothing");
    }

    private static Response send(RunningStack stack, String method, String url, String token, String body,
            String type) {
        RequestSpecification spec = given().baseUri(stack.gateway()).urlEncodingEnabled(false).contentType(type);
        if (token != null) {
            spec.auth().oauth2(token);
        }
        if (body != null) {
            spec.body(body);
        }
        // The edge's rate limits are not what is tested here: wait them out as a client would.
        for (int attempt = 1;; attempt++) {
            Response r = spec.request(method.toUpperCase(), url);
            if (r.statusCode() != 429 || attempt == 5) {
                return r;
            }
            try {
                Thread.sleep(1000L * Math.min(10, Long.parseLong(String.valueOf(r.header("Retry-After")))));
            } catch (InterruptedException | NumberFormatException e) {
                return r;
            }
        }
    }

    private static void check(Response r, String what, List<String> failures) {
        int status = r.statusCode();
        if (status >= 500) {
            failures.add(what + " answered " + status + ": " + r.asString().substring(0, Math.min(200,
                    r.asString().length())));
        } else if (status >= 400 && status != 401 && status != 414 && status != 431
                && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " answered " + status + " without a problem body: " + r.contentType());
        } else if (r.asString().length() > 20_000) {
            failures.add(what + " answered " + r.asString().length() + " bytes");
        }
    }
}
