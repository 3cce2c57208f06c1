package io.grassroots.share;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.Db;
import io.grassroots.share.support.Directory;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each structurally bad parameter or batch, refused by Bean Validation, is one 400 invalid-request
 * problem naming its field and rule, and stores nothing.
 */
@QuarkusTest
class InputValidationTest {
    private static final String INVALID = "urn:grassroots:problem:invalid-request";
    private static final String ROW = "{\"unit\":\"450102001\",\"indicator\":\"HOUSEHOLDS\",\"period\":\"2026\","
            + "\"value\":1}";

    @Inject
    Db db;

    @BeforeEach
    void directory() {
        Directory.ensure(db);
    }

    static Stream<Arguments> badInputs() {
        String finance = TestTokens.department("450102-finance", "450102");
        String unit = TestTokens.unit("450102001");
        String auditor = TestTokens.auditor("45");
        return Stream.of(
                Arguments.of(finance, "GET", "/api/data-requests?status=CLOSED", null, null, "status", "ENUM"),
                Arguments.of(finance, "GET", "/api/data-requests?status=open", null, null, "status", "ENUM"),
                Arguments.of(finance, "GET", "/api/data-requests?period=2017-13", null, null, "period", "FORMAT"),
                Arguments.of(finance, "GET", "/api/data-requests?page=-1", null, null, "page", "RANGE"),
                Arguments.of(finance, "GET", "/api/data-requests?size=501", null, null, "size", "RANGE"),
                Arguments.of(finance, "GET", "/api/data-requests?page=20001&size=500", null, null, "page", "RANGE"),
                Arguments.of(finance, "GET", "/api/forms?status=LOST", null, null, "status", "ENUM"),
                Arguments.of(finance, "GET", "/api/forms?size=0", null, null, "size", "RANGE"),
                Arguments.of(finance, "GET", "/api/share/stats", null, null, "year", "RANGE"),
                Arguments.of(finance, "GET", "/api/share/stats?year=2101", null, null, "year", "RANGE"),
                Arguments.of(unit, "GET", "/api/data/450102001/HOUSEHOLDS", null, null, "period", "REQUIRED"),
                Arguments.of(unit, "GET", "/api/data/450102001/HOUSEHOLDS?period=2026-Q5", null, null, "period",
                        "FORMAT"),
                Arguments.of(auditor, "GET", "/api/units/450102001/access-log?size=501", null, null, "size", "RANGE"),
                Arguments.of(unit, "POST", "/api/reports", "application/json", "[]", "body", "REQUIRED"),
                Arguments.of(finance, "POST", "/api/imports?source=AUDIT", "application/json", "[]", "body",
                        "REQUIRED"),
                Arguments.of(finance, "POST", "/api/imports?source=UNIT_REPORT", "application/json", "[" + ROW + "]",
                        "source", "ENUM"),
                Arguments.of(finance, "POST", "/api/imports", "application/json", "[" + ROW + "]", "source",
                        "REQUIRED"),
                Arguments.of(finance, "POST", "/api/imports?source=audit", "text/csv",
                        "unit,indicator,period,value\n450102001,HOUSEHOLDS,2026,1", "source", "ENUM"));
    }

    @ParameterizedTest(name = "{1} {2} {4}")
    @MethodSource("badInputs")
    void aStructurallyBadInputIsA400NamingItsFieldAndRuleAndStoresNothing(String token, String method, String path,
            String type, String body, String field, String rule) {
        String before = db.state();
        RequestSpecification request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(type).body(body);
        }
        request.request(method, path).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(INVALID)).body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo(field)).body("violations[0].rule", equalTo(rule));
        assertEquals(before, db.state());
    }

    @Test
    void aBadPageOfAnotherUnitsAccessLogIsA404() {
        // Whose log it is is weighed before the paging: a bad page of another unit's log reveals nothing.
        given().auth().oauth2(TestTokens.unit("450102002")).get("/api/units/450102001/access-log?size=501").then()
                .statusCode(404);
    }
}
