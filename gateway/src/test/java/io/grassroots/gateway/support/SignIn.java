package io.grassroots.gateway.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Signs in through the gateway's own endpoint and reads a token's claims. */
public final class SignIn {
    public static final String ADMIN_PASSWORD = "test-admin-password-1";
    private static final ObjectMapper JSON = PlatformJson.newMapper();

    private SignIn() {
    }

    public static String as(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    public static String admin() {
        return as("admin", ADMIN_PASSWORD);
    }

    public static JsonNode claims(String token) {
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
