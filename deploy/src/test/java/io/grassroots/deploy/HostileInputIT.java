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
 * values generated from each parameter's and body property's declared type (#13, {@link
 * HostileRequests}), as a department, a coordinator and anonymously in turn. No answer may be a 5xx, every 4xx must be a
 * problem body, and the state of every service (row counts of their business tables) must not move.
 */
@ExtendWith(StackExtension.class)
class HostileInputIT {
    @Test
    void noHostileRequestGetsA5xxOrChangesAnything(RunningStack stack) {
        Map<String, Object> document = given().baseUri(stack.gateway()).get("/openapi?format=json").then()
                .statusCode(200).extract().jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        HostileRequests generator = new HostileRequests(document);
        String before = StackState.settled(stack);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<String> tokens = new ArrayList<>();
        tokens.add(SignedIn.as(stack, "emergency-qingxiu"));
        tokens.add(SignedIn.as(stack, "coordinator-qingxiu"));
        tokens.add(null);
        int sent = 0;
        int operations = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            // Sign-in and password changes count failures toward the sign-in throttle, which would then
            // refuse the accounts this test signs in with; SecurityMatrixIT covers their bad input.
            if (!path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/auth/")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> byMethod = (Map<String, Object>) path.getValue();
            for (Map.Entry<String, Object> operation : byMethod.entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                operations++;
                @SuppressWarnings("unchecked")
                Map<String, Object> spec = (Map<String, Object>) operation.getValue();
                for (HostileRequests.Probe probe : generator.of(operation.getKey().toUpperCase(), path.getKey(),
                        spec)) {
                    Response r = send(stack, probe, tokens.get(sent % tokens.size()));
                    sent++;
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    check(r, probe.method() + " " + probe.url().substring(0, Math.min(120, probe.url().length()))
                            + (probe.body() == null ? "" : " " + probe.body().substring(0, Math.min(80,
                                    probe.body().length()))),
                            failures);
                }
            }
        }
        System.out.println("hostile requests: " + sent + " over " + operations + " operations, answers by status "
                + statuses);
        assertTrue(operations > 40, "only " + operations + " operations were walked");
        assertEquals(List.of(), failures, failures.size() + " of " + sent + " answers broke the rules");
        assertEquals(before, StackState.of(stack), "hostile requests changed nothing");
    }

    /** Past the edge's limits: a problem from the gateway itself, not an empty answer from the codec. */
    @Test
    void tooLongAndTooLargeRequestsGetProblems(RunningStack stack) {
        List<String> failures = new ArrayList<>();
        check(given().baseUri(stack.gateway()).urlEncodingEnabled(false).get("/api/units/" + "9".repeat(6000)),
                "a 6,000-character path", failures);
        check(given().baseUri(stack.gateway()).header("X-Filler", "x".repeat(30_000)).get("/api/units"),
                "30 KB of headers", failures);
        check(given().baseUri(stack.gateway()).get("/api/plans"), "no token", failures);
        check(given().baseUri(stack.gateway()).auth().oauth2("not.a.token").get("/api/plans"), "a bad token",
                failures);
        assertEquals(List.of(), failures);
        given().baseUri(stack.gateway()).urlEncodingEnabled(false).get("/api/units/" + "9".repeat(6000)).then()
                .statusCode(414).body("status", org.hamcrest.Matchers.equalTo(414));
        given().baseUri(stack.gateway()).header("X-Filler", "x".repeat(30_000)).get("/api/units").then()
                .statusCode(431).body("status", org.hamcrest.Matchers.equalTo(431));
        given().baseUri(stack.gateway()).get("/api/plans").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }

    private static Response send(RunningStack stack, HostileRequests.Probe probe, String token) {
        RequestSpecification spec = given().baseUri(stack.gateway()).urlEncodingEnabled(false)
                .contentType(probe.contentType());
        if (token != null) {
            spec.auth().oauth2(token);
        }
        if (probe.body() != null) {
            spec.body(probe.body());
        }
        // The edge's rate limits are not what is tested here: wait them out as a client would.
        for (int attempt = 1;; attempt++) {
            Response r = spec.request(probe.method(), probe.url());
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
        } else if (status >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " answered " + status + " without a problem body: " + r.contentType());
        } else if (r.asString().length() > 20_000) {
            failures.add(what + " answered " + r.asString().length() + " bytes");
        }
    }
}
