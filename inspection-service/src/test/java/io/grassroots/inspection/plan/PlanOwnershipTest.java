package io.grassroots.inspection.plan;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.draft;
import static io.grassroots.inspection.support.Api.submitted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may read and change a plan: its department, the coordinators and auditors of its region, no other token. */
@QuarkusTest
class PlanOwnershipTest {
    private static final String DEPT = "450102-emergency";
    private static final String OTHER_DEPT = "450103-emergency";
    private final String dept = TestTokens.department(DEPT, "450102");
    private final String otherDept = TestTokens.department(OTHER_DEPT, "450103");

    @Inject
    Db db;

    @Test
    void anotherDepartmentsPlanIsNotFoundAndUntouched() {
        String id = draft(dept, PlanJson.valid());
        String before = db.state();
        as(otherDept).get("/api/plans/" + id).then().statusCode(404).contentType("application/problem+json");
        as(otherDept).body(PlanJson.valid().body()).put("/api/plans/" + id).then().statusCode(404);
        as(otherDept).post("/api/plans/" + id + "/submit").then().statusCode(404);
        as(otherDept).post("/api/plans/" + id + "/cancel").then().statusCode(404);
        assertEquals(before, db.state());
        as(otherDept).get("/api/plans?department=" + DEPT).then().statusCode(200).body("total", equalTo(0));
        as(dept).get("/api/plans/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void coordinatorsSeeOnlyTheirRegion() {
        String dept = TestTokens.department("450102-statistics", "450102");
        String id = submitted(dept, PlanJson.valid());
        as(TestTokens.coordinator("4502")).get("/api/plans/" + id).then().statusCode(404);
        as(TestTokens.coordinator("4502")).body(Map.of("decision", "APPROVE"))
                .post("/api/plans/" + id + "/decision").then().statusCode(404);
        as(TestTokens.coordinator("4501")).get("/api/plans/" + id).then().statusCode(200);
        as(TestTokens.auditor("45")).get("/api/plans/" + id).then().statusCode(200);
        as(TestTokens.auditor("45")).body(Map.of("decision", "APPROVE")).post("/api/plans/" + id + "/decision")
                .then().statusCode(403);
        as(dept).body(Map.of("decision", "APPROVE")).post("/api/plans/" + id + "/decision").then().statusCode(403);
        as(TestTokens.unit("450102001")).get("/api/plans/" + id).then().statusCode(403);
    }

    @Test
    void tokensThatAreMissingExpiredOrForeignAreRefused() {
        // Each refusal is a problem with the Bearer challenge, not an empty answer.
        given().get("/api/plans").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401))
                .body("type", equalTo("urn:grassroots:problem:unauthorized"));
        given().body("{}").contentType("application/json").post("/api/plans/" + java.util.UUID.randomUUID()
                + "/decision").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.expiredDepartment(DEPT, "450102")).get("/api/plans").then().statusCode(401)
                .contentType("application/problem+json");
        as(TestTokens.foreignDepartment(DEPT, "450102")).get("/api/plans").then().statusCode(401)
                .contentType("application/problem+json");
        String token = dept;
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace(DEPT, OTHER_DEPT).getBytes())
                + "." + parts[2];
        as(tampered).get("/api/plans").then().statusCode(401).contentType("application/problem+json");
    }
}
