package io.grassroots.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.gateway.support.Db;
import io.grassroots.gateway.support.GatewayKeys;
import io.grassroots.gateway.support.GatewayTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad account or list parameter, checked by Bean Validation, is a 400 naming its field and rule. */
@QuarkusTest
class AccountValidationTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;
    private static final String INVALID = "urn:grassroots:problem:invalid-request";
    /** A coordinator per call: the test profile allows each user 40 calls a minute. */
    private static final AtomicInteger CALLER = new AtomicInteger();

    @Inject
    Db db;

    private static String coordinator() {
        return GatewayKeys.token("val-coordinator-" + CALLER.incrementAndGet(), "COORDINATOR", null, null, "45");
    }

    @ParameterizedTest
    @CsvSource({ "role=MAYOR,role,ENUM", "status=GONE,status,ENUM", "status=active,status,ENUM",
            "page=-1,page,RANGE", "size=0,size,RANGE", "size=501,size,RANGE", "page=200001&size=50,page,RANGE" })
    void aBadListParameterIsA400NamingItAndItsRule(String query, String field, String rule) {
        given().auth().oauth2(coordinator()).get("/api/admin/accounts?" + query.trim()).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo(INVALID))
                .body("violations.size()", equalTo(1)).body("violations[0].field", equalTo(field))
                .body("violations[0].rule", equalTo(rule));
    }

    @ParameterizedTest
    @CsvSource({ "region,4x,FORMAT", "region,4501020,FORMAT", "region,' ',REQUIRED", "role,MAYOR,ENUM" })
    void aBadAccountFieldIsA400NamingItAndCreatesNothing(String field, String value, String rule) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", "val-new-account");
        body.put("password", "a-strong-password-1");
        body.put("role", "AUDITOR");
        body.put("region", "450102");
        body.put(field, value);
        long before = db.count("select count(*) from account");
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(body).post("/api/admin/accounts")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo(INVALID))
                .body("violations.size()", equalTo(1)).body("violations[0].field", equalTo(field))
                .body("violations[0].rule", equalTo(rule));
        assertEquals(before, db.count("select count(*) from account"));
    }
}
