package io.grassroots.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.support.Db;
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
 * problem naming its field and rule, and leaves the registers and feedback as they were.
 */
@QuarkusTest
class InputValidationTest {
    private static final String INVALID = "urn:grassroots:problem:invalid-request";
    private static final String INDICATOR = "{\"code\":\"VALIDATION_RATE\",\"name\":\"适龄儿童入学率\","
            + "\"evidenceKind\":\"SHARED_DATA\",\"evidence\":\"教育部门统计的入学率\",\"mandate\":{\"issuingBody\":"
            + "\"广西壮族自治区人民政府办公厅\",\"document\":\"桂政办发〔2025〕12号\",\"issuedOn\":\"2025-06-01\","
            + "\"level\":\"PROVINCIAL\"},\"dataIndicator\":\"SCHOOL_ENROLMENT\",\"direction\":\"HIGHER_IS_BETTER\"";

    @Inject
    Db db;

    static Stream<Arguments> badInputs() {
        String department = TestTokens.department("450102-fire", "450102");
        String unit = TestTokens.unit("450102001");
        String coordinator = TestTokens.coordinator("45");
        return Stream.of(
                Arguments.of(department, "GET", "/api/burden/departments", null, "year", "RANGE"),
                Arguments.of(department, "GET", "/api/burden/departments?year=1999", null, "year", "RANGE"),
                Arguments.of(department, "GET", "/api/burden/departments?year=2026&region=4501020", null, "region",
                        "FORMAT"),
                Arguments.of(department, "GET", "/api/burden/units/450102001?year=2101", null, "year", "RANGE"),
                Arguments.of(null, "GET", "/api/burden/leaderboard?year=2026&size=0", null, "size", "RANGE"),
                Arguments.of(null, "GET", "/api/burden/leaderboard?year=2026&size=101", null, "size", "RANGE"),
                Arguments.of(null, "GET", "/api/burden/leaderboard?year=2026&region=450102001", null, "region",
                        "FORMAT"),
                Arguments.of(unit, "GET", "/api/assessment/scores/450102001?year=1999", null, "year", "RANGE"),
                Arguments.of(coordinator, "POST", "/api/assessment/scores/45x/2026/publish", null, "region", "FORMAT"),
                Arguments.of(coordinator, "POST", "/api/assessment/scores/450102001001/2026/publish", null, "region",
                        "FORMAT"),
                Arguments.of(coordinator, "POST", "/api/assessment/scores/45/2101/publish", null, "year", "RANGE"),
                Arguments.of(unit, "POST", "/api/feedback", "{\"rating\":3}", "visitId", "ONE_OF"),
                Arguments.of(unit, "POST", "/api/feedback", "{\"visitId\":\" \",\"rating\":3}", "visitId", "ONE_OF"),
                Arguments.of(unit, "POST", "/api/feedback", "{\"visitId\":\"v\",\"requestId\":\"r\",\"rating\":3}",
                        "visitId", "ONE_OF"),
                Arguments.of(coordinator, "POST", "/api/assessment/indicators",
                        INDICATOR + ",\"target\":0,\"weight\":10}",
                        "target", "POSITIVE"),
                Arguments.of(coordinator, "POST", "/api/assessment/indicators", INDICATOR + ",\"weight\":10}", "target",
                        "REQUIRED"),
                Arguments.of(coordinator, "POST", "/api/assessment/indicators",
                        INDICATOR + ",\"target\":98,\"weight\":0}",
                        "weight", "RANGE"),
                Arguments.of(coordinator, "POST", "/api/assessment/indicators",
                        INDICATOR + ",\"target\":98,\"weight\":100.01}", "weight", "RANGE"));
    }

    @ParameterizedTest(name = "{1} {2} {3}")
    @MethodSource("badInputs")
    void aStructurallyBadInputIsA400NamingItsFieldAndRuleAndChangesNothing(String token, String method, String path,
            String body, String field, String rule) {
        String before = db.state();
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.request(method, path).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(INVALID)).body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo(field)).body("violations[0].rule", equalTo(rule));
        assertEquals(before, db.state());
    }

}
