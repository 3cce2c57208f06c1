package io.grassroots.deploy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens obtained the way users get them: signing in at the gateway with the demo accounts. */
final class SignedIn {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private SignedIn() {
    }

    static String as(RunningStack stack, String username) {
        return TOKENS.computeIfAbsent(username, u -> given().baseUri(stack.gateway()).contentType(ContentType.JSON)
                .body(Map.of("username", u, "password", "admin".equals(u) ? stack.stack.adminPassword()
                        : DemoAccounts.PASSWORD))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token"));
    }
}
