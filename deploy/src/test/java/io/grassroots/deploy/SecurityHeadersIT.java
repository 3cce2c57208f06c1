package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer carries the security headers (#13), at the gateway and at each service; problem
 * bodies speak of fields and JSON, never of the Java types behind them.
 */
@ExtendWith(StackExtension.class)
class SecurityHeadersIT {

    private static ValidatableResponse hardened(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders(RunningStack stack) {
        String token = SignedIn.as(stack, "emergency-qingxiu");
        // Each: where, a path the token may read, and one that needs a token.
        String[][] answers = { { stack.gateway(), "/api/categories", "/api/categories" },
                { stack.url(Service.INSPECTION), "/api/categories", "/api/categories" },
                { stack.url(Service.SHARE), "/api/catalog/indicators", "/api/catalog/indicators" },
                { stack.url(Service.ASSESSMENT), "/api/assessment/veto-items", "/api/feedback" } };
        for (String[] answer : answers) {
            String base = answer[0];
            hardened(given().baseUri(base).auth().oauth2(token).get(answer[1]).then().statusCode(200))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
            hardened(given().baseUri(base).get("/q/health/live").then());
            // An error answer is hardened as well.
            hardened(given().baseUri(base).get(answer[2]).then().statusCode(401)
                    .contentType("application/problem+json"));
            hardened(given().baseUri(base).auth().oauth2(token).get("/api/no-such-thing").then().statusCode(404));
        }
        // Through the gateway each header comes once: the edge's, not the service's copy as well.
        io.restassured.response.Response proxied = given().baseUri(stack.gateway()).auth().oauth2(token)
                .get("/api/categories");
        for (String name : List.of("X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
                "Content-Security-Policy")) {
            org.junit.jupiter.api.Assertions.assertEquals(1, proxied.headers().getValues(name).size(), name);
        }
    }

    @Test
    void anonymousMetricsNameKindsOfRequestNotObjects(RunningStack stack) {
        String plan = stack.seeded.emergencyPlan();
        given().baseUri(stack.gateway()).auth().oauth2(SignedIn.as(stack, "emergency-qingxiu"))
                .get("/api/plans/" + plan)
                .then().statusCode(200);
        given().baseUri(stack.gateway()).get("/q/metrics").then().statusCode(200)
                .body(containsString("/api/plans/*")).body(not(containsString(plan)));
    }

    @Test
    void problemsNameFieldsNotJavaTypes(RunningStack stack) {
        String token = SignedIn.as(stack, "emergency-qingxiu");
        given().baseUri(stack.gateway()).auth().oauth2(token).contentType("application/json").body("[1, 2]")
                .post("/api/plans").then().statusCode(400).body("violations[0].field", equalTo("body"))
                .body(not(containsString("PlanRequest"))).body(not(containsString("java.")));
        given().baseUri(stack.gateway()).auth().oauth2(token).contentType("application/json")
                .body("{\"title\": 'single quotes'}").post("/api/plans").then().statusCode(400)
                .body(not(containsString("Feature"))).body(not(containsString("`")));
    }
}
