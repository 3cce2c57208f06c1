package io.grassroots.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.gateway.support.GatewayKeys;
import io.grassroots.gateway.support.GatewayTestResources;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EdgeTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TestHTTPResource("/api/plans")
    URL plans;

    @Test
    void everyRequestAndResponseCarriesARequestIdKeptFromTheCallerWhenWellFormed() {
        given().get("/api/nothing-here").then().statusCode(404).header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "trace-0001-abc").get("/api/plans").then().statusCode(200)
                .header("X-Request-Id", "trace-0001-abc").body("requestId", equalTo("trace-0001-abc"));
        String replaced = given().header("X-Request-Id", "bad id\u0007").get("/api/plans").then().statusCode(200)
                .extract().header("X-Request-Id");
        assertNotEquals("bad id\u0007", replaced);
        given().header("X-Request-Id", replaced).get("/q/health/live").then().header("X-Request-Id", replaced);
    }

    @Test
    void aTokenThatDoesNotVerifyIsRefusedBeforeAnyService() {
        String good = GatewayKeys.token("someone", "COORDINATOR", null, null, "45");
        String[] parts = good.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"region\":\"45\"", "\"region\":\"\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        for (String token : new String[] { GatewayKeys.expired("someone"), GatewayKeys.signedByAStranger("someone"),
                tampered, "not-a-jwt" }) {
            given().auth().oauth2(token).get("/api/plans").then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .body("type", equalTo("urn:grassroots:problem:unauthorized"));
            given().auth().oauth2(token).get("/api/admin/accounts").then().statusCode(401);
        }
        given().auth().oauth2(good).get("/api/plans").then().statusCode(200);
    }

    @Test
    void anOversizedBodyIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] big = new byte[65_537];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType(ContentType.JSON).body(big).post("/api/plans").then().statusCode(413)
                .body("type", equalTo("urn:grassroots:problem:body-too-large"));
        given().contentType(ContentType.JSON).body(new byte[65_536]).post("/api/plans").then().statusCode(200);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(
                plans.toString())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        byte[] small = "{\"title\":\"chunked but small\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> fine = http.send(HttpRequest.newBuilder(URI.create(plans.toString()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(small)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fine.statusCode(), fine.body());
        assertTrue(fine.body().contains("chunked but small"), fine.body());
    }

    @Test
    void aBusyPrincipalIsLimitedWithRetryAfterWhileOthersGoOn() {
        String busy = GatewayKeys.token("busy-client", "AUDITOR", null, null, "45");
        // 40 a minute per principal in tests, refilled continuously: a burst of 40, then a few more.
        int passed = 0;
        Response last;
        while ((last = given().auth().oauth2(busy).get("/api/plans")).statusCode() == 200) {
            passed++;
            assertTrue(passed <= 50, "still not limited after " + passed);
        }
        assertTrue(passed >= 40, "limited after " + passed);
        // The answer that ended the burst: a further request could find a token refilled meanwhile (one every
        // 1.5 s) on a loaded machine, and pass.
        last.then().statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .body("type", equalTo("urn:grassroots:problem:rate-limited"));
        given().auth().oauth2(GatewayKeys.token("calm-client", "AUDITOR", null, null, "45")).get("/api/plans").then()
                .statusCode(200);
    }
}
