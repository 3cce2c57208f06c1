package io.grassroots.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.gateway.support.GatewayKeys;
import io.grassroots.gateway.support.FakeUpstream;
import io.grassroots.gateway.support.GatewayTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProxyTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;

    @Test
    void aRequestReachesItsServiceWithMethodPathQueryBodyTokenAndForwardingHeaders() {
        String token = GatewayKeys.token("fire", "DEPARTMENT", "450102-fire", null, "450102");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"消防检查\"}")
                .post("/api/plans?year=2027&status=DRAFT").then().statusCode(200).header("X-Upstream", "fake")
                .body("method", equalTo("POST")).body("path", equalTo("/api/plans"))
                .body("query", equalTo("year=2027&status=DRAFT")).body("body", equalTo("{\"title\":\"消防检查\"}"))
                .body("authorization", equalTo("Bearer " + token)).body("forwardedFor", equalTo("127.0.0.1"));
        given().put("/api/catalog/indicators/POPULATION").then().statusCode(200)
                .body("method", equalTo("PUT")).body("path", equalTo("/api/catalog/indicators/POPULATION"));
    }

    @Test
    void everyPathOutsideTheApiGoesToTheWebConsoleWithThePagesOwnPolicy() {
        Response page = given().cookie("grassroots_session", "t").get("/plans?year=2027");
        page.then().statusCode(200).header("X-Upstream", "fake").body("path", equalTo("/plans"))
                .body("query", equalTo("year=2027"));
        // The console says which scripts a page may load; the edge's other headers stay the edge's, once each.
        assertEquals(List.of(FakeUpstream.PAGE_POLICY), page.headers().getValues("Content-Security-Policy"));
        assertEquals(List.of("DENY"), page.headers().getValues("X-Frame-Options"));
        given().get("/").then().statusCode(200).header("X-Upstream", "fake").body("path", equalTo("/"));
        given().get("/static/bundle/app.js").then().statusCode(200).body("path", equalTo("/static/bundle/app.js"));
        // The API, the platform's OpenAPI document and /q/ are not the console's.
        given().get("/api/nothing").then().statusCode(404).contentType("application/problem+json")
                .header("X-Upstream", nullValue());
        given().get("/q/health/live").then().statusCode(200).header("X-Upstream", nullValue());
        given().get("/openapi").then().header("X-Upstream", nullValue());
        given().auth().oauth2(GatewayKeys.token("fire", "DEPARTMENT", "450102-fire", null, "450102"))
                .get("/api/plans").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void aUnitsCalendarFeedIsReachedWithoutSignInAndStaysPrivate() {
        String feed = "/api/feeds/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg.ics";
        given().get(feed).then().statusCode(200).header("X-Upstream", "fake").header("Cache-Control",
                "private, max-age=900").body("path", equalTo(feed)).body("authorization", equalTo(""));
    }

    @Test
    void readinessSaysWithinTwoSecondsWhichServicesAnswer() {
        long started = System.nanoTime();
        String check = "checks.find { it.name.startsWith('services behind the gateway') }";
        given().get("/q/health/ready").then().statusCode(200)
                .body(check + ".status", equalTo("UP"))
                .body(check + ".data.inspection", equalTo("ready"))
                .body(check + ".data.share", equalTo("ready on 2 of 3 (unreachable, ready, ready)"))
                .body(check + ".data.assessment", equalTo("unreachable"))
                .body(check + ".data.web", equalTo("ready"));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2000, "readiness answered within 2 s");
    }

    @Test
    void aServicesInstancesTakeRequestsInTurnAndOneThatCannotBeReachedHandsItsRequestOn() {
        // share's first instance refuses connections: its turns go to the next, and no request fails.
        java.util.Set<String> answered = new java.util.TreeSet<>();
        for (int i = 0; i < 6; i++) {
            answered.add(given().get("/api/catalog/echo").then().statusCode(200).body("path",
                    equalTo("/api/catalog/echo")).extract().header("X-Upstream"));
        }
        assertEquals(java.util.Set.of("fake", "fake-2"), answered, "both reachable instances took requests");
    }

    @Test
    void dotSegmentsCannotEscapeToAnotherService() {
        // /api/catalog/../feedback is /api/feedback: assessment's, which is down in this test.
        given().urlEncodingEnabled(false).get("/api/catalog/../feedback").then().statusCode(503)
                .body("detail", startsWith("assessment"));
    }

    @Test
    void aServiceAnswerIsPassedOnAsItIsAndItsFailuresBecome503Or504() {
        given().get("/api/plans/unavailable").then().statusCode(503).header("X-Upstream", "fake")
                .body("path", equalTo("/api/plans/unavailable"));
        given().get("/api/burden/leaderboard").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("detail", startsWith("assessment"));
        long started = System.nanoTime();
        given().get("/api/visits/slow").then().statusCode(504).body("type", equalTo(
                "urn:grassroots:problem:gateway-timeout"));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2900, "the 1 s idle timeout answered before the "
                + "3 s service did");
    }
}
