package io.grassroots.deploy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens obtained the way users get them: signing in at the gateway with the demo accounts. A token is
 * reused until a minute before it expires (the gateway's last 15 minutes, and the whole-stack suite runs
 * longer than that), and it belongs to the stack whose gateway issued it.
 */
final class SignedIn {
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private SignedIn() {
    }

    private record Token(String value, Instant renewAfter) {
    }

    static String as(RunningStack stack, String username) {
        String gateway = stack.gateway();
        return TOKENS.compute(stack.gateways().get(0) + " " + username, (key, held) -> held != null
                && Instant.now().isBefore(held.renewAfter()) ? held : signIn(stack, gateway, username)).value();
    }

    private static Token signIn(RunningStack stack, String gateway, String username) {
        JsonPath answer = given().baseUri(gateway).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password",
                        "admin".equals(username) ? stack.stack.adminPassword() : DemoAccounts.PASSWORD))
                .post("/api/auth/token").then().statusCode(200).extract().jsonPath();
        Instant expires = Instant.now().plusSeconds(answer.getLong("expires_in"));
        return new Token(answer.getString("access_token"), expires.minus(MARGIN));
    }
}
