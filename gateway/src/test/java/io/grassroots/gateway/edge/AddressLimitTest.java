package io.grassroots.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.gateway.support.GatewayKeys;
import io.grassroots.gateway.support.GatewayTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AddressLimitTest.FewPerAddress.class)
class AddressLimitTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;

    /** An address may make 20 requests a minute here, whoever signs them. */
    public static class FewPerAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grassroots.gateway.limits.per-address-per-minute", "20");
        }
    }

    @Test
    void oneAddressIsLimitedAcrossPrincipalsWhileHealthStaysReachable() {
        int passed = 0;
        while (given().auth().oauth2(GatewayKeys.token("client-" + passed, "AUDITOR", null, null, "45"))
                .get("/api/plans").statusCode() == 200) {
            passed++;
            assertTrue(passed <= 25, "still not limited after " + passed);
        }
        assertTrue(passed >= 19, "limited after " + passed);
        given().get("/api/burden/leaderboard").then().statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .body("type", equalTo("urn:grassroots:problem:rate-limited"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
