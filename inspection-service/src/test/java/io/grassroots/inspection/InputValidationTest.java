package io.grassroots.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.support.Db;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each structurally bad parameter or body, refused by Bean Validation, is one 400 invalid-request
 * problem naming its field and rule, and changes nothing.
 */
@QuarkusTest
class InputValidationTest {
    private static final String INVALID = "urn:grassroots:problem:invalid-request";
    private static final String QUOTA = "{\"quotas\":[{\"department\":\"450109-agriculture\",";

    @Inject
    Db db;

    static Stream<Arguments> badInputs() {
        String coordinator = TestTokens.coordinator("45");
        String dept = TestTokens.department("450102-natural-resources", "450102");
        return Stream.of(
                Arguments.of(coordinator, "GET", "/api/visits?status=DONE", null, "status", "ENUM"),
                Arguments.of(coordinator, "GET", "/api/visits?region=45x", null, "region", "FORMAT"),
                Arguments.of(coordinator, "GET", "/api/visits?region=4501020", null, "region", "FORMAT"),
                Arguments.of(coordinator, "GET", "/api/visits?from=2026-13-01", null, "from", "FORMAT"),
                Arguments.of(coordinator, "GET", "/api/visits?to=1899-12-31", null, "to", "RANGE"),
                Arguments.of(coordinator, "GET", "/api/visits?size=501", null, "size", "RANGE"),
                Arguments.of(dept, "GET", "/api/units?level=CASTLE", null, "level", "ENUM"),
                Arguments.of(dept, "GET", "/api/units?page=-1", null, "page", "RANGE"),
                Arguments.of(dept, "GET", "/api/regions?level=TOWNSHIP", null, "level", "ENUM"),
                Arguments.of(coordinator, "GET", "/api/plans?status=LOST", null, "status", "ENUM"),
                Arguments.of(coordinator, "GET", "/api/departments?size=0", null, "size", "RANGE"),
                Arguments.of(dept, "GET", "/api/calendar/1999", null, "year", "RANGE"),
                Arguments.of(coordinator, "GET", "/api/policy/45/2101", null, "year", "RANGE"),
                Arguments.of(coordinator, "GET", "/api/schedule/45/1999", null, "year", "RANGE"),
                Arguments.of(coordinator, "POST", "/api/departments",
                        "{\"id\":\"Bad Id\",\"name\":\"x\",\"regionCode\":\"4501\"}", "id", "FORMAT"),
                Arguments.of(coordinator, "POST", "/api/departments", "{\"id\":\"4501-xy\",\"regionCode\":\"4501\"}",
                        "name", "REQUIRED"),
                Arguments.of(coordinator, "POST", "/api/departments",
                        "{\"id\":\"4501-xy\",\"name\":\"" + "名".repeat(101) + "\",\"regionCode\":\"4501\"}", "name",
                        "MAX_LENGTH"),
                Arguments.of(coordinator, "PUT", "/api/policy/45/2026", QUOTA + "\"baseline\":-1}]}",
                        "quotas[0].baseline", "RANGE"),
                Arguments.of(coordinator, "PUT", "/api/policy/45/2026", QUOTA + "\"baseline\":6,\"cut\":0.96}]}",
                        "quotas[0].cut", "RANGE"),
                Arguments.of(coordinator, "PUT", "/api/policy/45/2026", "{\"quotas\":[null]}", "quotas[0]", "REQUIRED"),
                Arguments.of(coordinator, "PUT", "/api/policy/45/2026", "{\"blackouts\":[{\"from\":\"2026-09-01\"}]}",
                        "blackouts[0].to", "REQUIRED"),
                Arguments.of(coordinator, "PUT", "/api/policy/45/2026", "{\"blackouts\":[{\"from\":\"2026-09-01\","
                        + "\"to\":\"2026-09-02\",\"reason\":\"" + "x".repeat(201) + "\"}]}", "blackouts[0].reason",
                        "MAX_LENGTH"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("badInputs")
    void aStructurallyBadInputIsA400NamingItsFieldAndRuleAndChangesNothing(String token, String method, String path,
            String body, String field, String rule) {
        String before = db.state() + "/" + db.count("select count(*) from policy") + "/"
                + db.count("select count(*) from department");
        RequestSpecification request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.request(method, path).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(INVALID)).body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo(field)).body("violations[0].rule", equalTo(rule));
        assertEquals(before, db.state() + "/" + db.count("select count(*) from policy") + "/"
                + db.count("select count(*) from department"));
    }
}
