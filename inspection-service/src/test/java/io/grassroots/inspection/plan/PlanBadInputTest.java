package io.grassroots.inspection.plan;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.draft;
import static io.grassroots.inspection.support.Api.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad plan input gets a problem response naming the field and rule, and changes nothing. */
@QuarkusTest
class PlanBadInputTest {
    private final String dept = TestTokens.department("450102-natural-resources", "450102");

    @Inject
    Db db;

    private String before;

    @BeforeEach
    void remember() {
        before = db.state();
    }

    private ValidatableResponse create(PlanJson plan) {
        ValidatableResponse response = as(dept).body(plan.body()).post("/api/plans").then()
                .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(before, db.state(), "a refused request changes nothing");
        return response;
    }

    @Test
    void missingFieldsAreEachNamed() {
        create(PlanJson.valid().without("title").without("windowStart").without("teamSize").without("category"))
                .body("violations.field", hasItems("title", "windowStart", "teamSize", "category"))
                .body("violations.rule", hasItem("REQUIRED"));
    }

    /**
     * What a hostile user sent and once got a 500 for (#13): NUL bytes in a path, a query or a body,
     * pages past any list, dates past what the database holds. Each is a 400 naming where it was.
     */
    @Test
    void nulBytesOverflowingPagesAndFarDatesAreRefusedByName() {
        String coordinator = TestTokens.coordinator("45");
        io.restassured.RestAssured.given().urlEncodingEnabled(false).auth().oauth2(dept).get("/api/units/%00").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("path"));
        io.restassured.RestAssured.given().urlEncodingEnabled(false).auth().oauth2(dept).get("/api/units?q=a%00b")
                .then().statusCode(400).body("violations[0].field", equalTo("q"))
                .body("violations[0].rule", equalTo("CHARACTERS"));
        io.restassured.RestAssured.given().urlEncodingEnabled(false).auth().oauth2(coordinator)
                .get("/api/plans?department=a%00b").then().statusCode(400)
                .body("violations[0].field", equalTo("department"));
        create(PlanJson.valid().with("category", "\u0000")).body("violations[0].field", equalTo("category"))
                .body("detail", containsString("NUL"));
        create(PlanJson.valid().with("title", "年度\u0000检查")).body("violations[0].field", equalTo("title"));
        for (String list : List.of("/api/units", "/api/plans", "/api/visits", "/api/departments")) {
            as(coordinator).get(list + "?page=4294968&size=500").then().statusCode(400)
                    .body("violations[0].field", equalTo("page")).body("violations[0].rule", equalTo("RANGE"));
        }
        io.restassured.RestAssured.given().urlEncodingEnabled(false).auth().oauth2(coordinator)
                .get("/api/visits?from=%2B999999999-12-31").then().statusCode(400)
                .body("violations[0].field", equalTo("from")).body("violations[0].rule", equalTo("RANGE"));
        assertEquals(before, db.state(), "nothing changed");
    }

    /** #13: a body over the limit (2 MB everywhere) was an empty 413 from a service. */
    @Test
    void aBodyOverTheLimitIsAProblem() {
        String big = "{\"title\": \"" + "x".repeat(2_200_000) + "\"}";
        as(dept).body(big).post("/api/plans").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("detail", containsString("2097152"))
                .header("X-Content-Type-Options", "nosniff");
        assertEquals(before, db.state());
    }

    /** A body over the limit sent in chunks (no Content-Length) was an empty 413 from the HTTP layer. */
    @Test
    void aChunkedBodyOverTheLimitIsAProblem() {
        byte[] big = ("{\"title\": \"" + "x".repeat(2_200_000) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        as(dept).body(new java.io.ByteArrayInputStream(big)).post("/api/plans").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", containsString("2097152"));
        assertEquals(before, db.state());
    }

    @Test
    void malformedJsonIsRefused() {
        as(dept).body("{\"title\": ").post("/api/plans").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("body"));
        assertEquals(before, db.state());
    }

    @Test
    void malformedDatesAndEnumsNameTheirField() {
        create(PlanJson.valid().with("windowStart", "2026-13-01")).body("violations[0].field", equalTo("windowStart"))
                .body("violations[0].message", containsString("date"));
        create(PlanJson.valid().with("kind", "PATROL")).body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("SUPERVISION, INSPECTION, ASSESSMENT"));
        create(PlanJson.valid().with("teamSize", "three")).body("violations[0].field", equalTo("teamSize"));
    }

    @Test
    void unknownUnitsAndCategoriesAreNamed() {
        create(PlanJson.valid().with("targets", List.of("450102001", "450102999")))
                .body("violations[0].field", equalTo("targets[1]"))
                .body("violations[0].rule", equalTo("EXISTS"))
                .body("violations[0].message", containsString("450102999"));
        create(PlanJson.valid().with("targets", List.of("4501", "450102001")))
                .body("violations[0].field", equalTo("targets[0]")).body("violations[0].rule", equalTo("FORMAT"))
                .body("violations[0].message", equalTo("'4501' is not a 9- or 12-digit unit code"));
        create(PlanJson.valid().with("targets", List.of("450102001", "450102002", "450102001")))
                .body("violations[0].field", equalTo("targets[2]")).body("violations[0].rule", equalTo("UNIQUE"));
        create(PlanJson.valid().with("category", "TOURISM")).body("violations[0].field", equalTo("category"));
        create(PlanJson.valid().without("targets").with("targetSelector", Map.of("under", "459999")))
                .body("violations[0].field", equalTo("targetSelector.under"));
        create(PlanJson.valid().without("targets")).body("violations[0].field", equalTo("targets"));
    }

    @Test
    void targetsOutsideTheDepartmentsRegionBreakTargetInRegion() {
        create(PlanJson.valid().with("targets", List.of("450103001", "450102001", "450102002")))
                .body("violations[0].field", equalTo("targets"))
                .body("violations[0].rule", equalTo("TARGET_IN_REGION"))
                .body("violations[0].message", containsString("1 of 3 targets lie outside region 450102"));
    }

    @Test
    void windowsThatEndBeforeTheyStartOrLeaveTheYear() {
        create(PlanJson.valid().with("windowStart", "2026-05-10").with("windowEnd", "2026-05-01"))
                .body("violations[0].field", equalTo("windowEnd"))
                .body("violations[0].rule", equalTo("WINDOW_ORDER"));
        create(PlanJson.valid().with("windowEnd", "2027-01-15")).body("violations[0].rule", equalTo("YEAR"));
        create(PlanJson.valid().with("onSiteDays", 5).with("windowStart", "2026-04-01").with("windowEnd",
                "2026-04-02")).body("violations[0].field", equalTo("onSiteDays"));
    }

    @Test
    void aWindowWithNoWorkingDayBreaksTheCalendarRule() {
        create(PlanJson.valid().with("windowStart", "2026-10-01").with("windowEnd", "2026-10-07"))
                .body("violations[0].rule", equalTo("CALENDAR"))
                .body("violations[0].field", equalTo("windowStart"))
                .body("violations[0].message", containsString("holds 0 working day(s)"));
    }

    @Test
    void teamsOverTheCapBreakTeamSize() {
        create(PlanJson.valid().with("teamSize", 6)).body("violations[0].rule", equalTo("TEAM_SIZE"))
                .body("violations[0].field", equalTo("teamSize"))
                .body("violations[0].message", containsString("team size 6 exceeds the cap of 5"));
    }

    @Test
    void comprehensivePlansWithoutMandateAreRefused() {
        create(PlanJson.valid().with("scope", "COMPREHENSIVE").without("mandate"))
                .body("violations[0].rule", equalTo("MANDATE_REQUIRED"))
                .body("violations[0].field", equalTo("mandate"));
    }

    @Test
    void tooShortANoticeBlocksSubmissionButNotTheDraft() {
        // The test clock stands at Monday 2026-03-02; ten working days later is 2026-03-16.
        String id = draft(dept, PlanJson.valid().with("windowStart", "2026-03-10").with("windowEnd", "2026-03-31")
                .with("targets", List.of("450102104")));
        as(dept).get("/api/plans/" + id).then().body("findings[0].rule", equalTo("NOTICE"));
        String afterDraft = db.state();
        submit(dept, id).statusCode(400).body("violations[0].rule", equalTo("NOTICE"))
                .body("violations[0].message", containsString("earliest start 2026-03-16"));
        assertEquals(afterDraft, db.state());
        as(dept).get("/api/plans/" + id).then().body("status", equalTo("DRAFT"));
        // The attempt itself is recorded for the burden ledger, with the rule that refused it.
        assertEquals(1, db.count("select count(*) from outbox_event where event_type = "
                + "'plan.submission-refused.v1' and subject = ? and payload like '%\"rule\":\"NOTICE\"%'", id));
    }

    @Test
    void aBodyIsRequired() {
        as(dept).post("/api/plans").then().statusCode(400).body("violations[0].field", equalTo("body"));
        assertEquals(before, db.state());
    }
}
