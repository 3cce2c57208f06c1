package io.grassroots.assessment.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.support.Db;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registers over HTTP: who may write, who may read, and refusals that change nothing. */
@QuarkusTest
class RegisterResourceTest {
    private final String coordinator = TestTokens.coordinator("45");

    @Inject
    Db db;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> mandate(String level) {
        return Map.of("issuingBody", "广西壮族自治区人民政府办公厅", "document", "桂政办发〔2025〕12号", "issuedOn",
                "2025-06-01", "level", level);
    }

    private static Map<String, Object> indicator(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "适龄儿童入学率");
        body.put("evidenceKind", "SHARED_DATA");
        body.put("evidence", "教育部门统计的入学率");
        body.put("mandate", mandate("PROVINCIAL"));
        body.put("dataIndicator", "SCHOOL_ENROLMENT");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("target", 98);
        body.put("weight", 10);
        return body;
    }

    @Test
    void aCoordinatorRegistersAnIndicatorThatEveryoneSignedInReads() {
        as(coordinator).body(indicator("ENROLMENT_RATE")).post("/api/assessment/indicators").then().statusCode(201)
                .header("Location", containsString("/api/assessment/indicators/ENROLMENT_RATE"))
                .body("mandate.document", equalTo("桂政办发〔2025〕12号")).body("regionCode", equalTo("45"));
        as(TestTokens.unit("450102001")).get("/api/assessment/indicators/ENROLMENT_RATE").then().statusCode(200)
                .body("evidenceKind", equalTo("SHARED_DATA"));
        as(TestTokens.department("450102-fire", "450102")).get("/api/assessment/indicators").then().statusCode(200)
                .body("code", hasItem("ENROLMENT_RATE"));
        given().get("/api/assessment/indicators").then().statusCode(401);
        String before = db.state();
        as(coordinator).body(indicator("ENROLMENT_RATE")).post("/api/assessment/indicators").then().statusCode(409)
                .body("violations[0].rule", equalTo("UNIQUE"));
        assertEquals(before, db.state());
    }

    @Test
    void traceEvidenceAndMissingMandatesAreRefusedAndChangeNothing() {
        String before = db.state();
        Map<String, Object> trace = indicator("MEETINGS");
        trace.put("evidenceKind", "MEETING_COUNT");
        as(coordinator).body(trace).post("/api/assessment/indicators").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("evidenceKind"))
                .body("violations[0].rule", equalTo("TRACE_EVIDENCE"))
                .body("violations[0].message", containsString("measures meetings, not outcomes"));
        Map<String, Object> noMandate = indicator("NO_MANDATE");
        noMandate.remove("mandate");
        as(coordinator).body(noMandate).post("/api/assessment/indicators").then().statusCode(400)
                .body("violations[0].rule", equalTo("MANDATE_REQUIRED"))
                .body("violations[0].field", equalTo("mandate"));
        as(coordinator).body("{\"code\": ").post("/api/assessment/indicators").then().statusCode(400)
                .body("violations[0].field", equalTo("body"));
        as(coordinator).post("/api/assessment/indicators").then().statusCode(400)
                .body("violations[0].field", equalTo("body")).body("violations[0].rule", equalTo("REQUIRED"))
                .body("violations[0].message", equalTo("an indicator is required"));
        Map<String, Object> unnamed = indicator("UNNAMED");
        unnamed.remove("code");
        unnamed.put("name", " ");
        as(coordinator).body(unnamed).post("/api/assessment/indicators").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:grassroots:problem:invalid-request"))
                .body("violations.field", contains("code", "name"))
                .body("violations.rule", contains("REQUIRED", "REQUIRED"));
        assertEquals(before, db.state());
    }

    @Test
    void onlyCoordinatorsWrite() {
        String before = db.state();
        as(TestTokens.department("450102-fire", "450102")).body(indicator("DEPT_OWN"))
                .post("/api/assessment/indicators")
                .then().statusCode(403);
        as(TestTokens.auditor("45")).body(Map.of("code", "AUDIT", "title", "t", "mandate", mandate("CENTRAL")))
                .post("/api/assessment/veto-items").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("code", "ANON", "title", "t", "mandate", mandate("CENTRAL")))
                .post("/api/assessment/veto-items").then().statusCode(401);
        // What applies province-wide is the province's coordinators' alone (#13).
        as(TestTokens.coordinator("450103")).body(indicator("COUNTY_OWN")).post("/api/assessment/indicators").then()
                .statusCode(403).body("violations[0].rule", org.hamcrest.Matchers.equalTo("PROVINCE_WIDE"));
        as(TestTokens.coordinator("4501"))
                .body(Map.of("code", "CITY_VETO", "title", "t", "mandate", mandate("CENTRAL")))
                .post("/api/assessment/veto-items").then().statusCode(403);
        assertEquals(before, db.state());
    }

    @Test
    void theVetoRegisterIsPublicAndTakesOnlyCentralOrProvincialMandates() {
        as(coordinator).body(Map.of("code", "MAJOR_ACCIDENT", "title", "重特大生产安全事故", "mandate",
                mandate("CENTRAL"))).post("/api/assessment/veto-items").then().statusCode(201);
        String before = db.state();
        as(coordinator).body(Map.of("code", "CITY_VETO", "title", "市级自设一票否决", "mandate", mandate("CITY")))
                .post("/api/assessment/veto-items").then().statusCode(400)
                .body("violations[0].field", equalTo("mandate.level"))
                .body("violations[0].rule", equalTo("MANDATE_LEVEL"));
        assertEquals(before, db.state());
        given().get("/api/assessment/veto-items").then().statusCode(200).body("code", hasItem("MAJOR_ACCIDENT"));
        given().get("/api/assessment/veto-items/MAJOR_ACCIDENT").then().statusCode(200)
                .body("mandate.level", equalTo("CENTRAL"));
        given().get("/api/assessment/veto-items/NOPE").then().statusCode(404);
    }
}
