package io.grassroots.inspection.plan;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.draft;
import static io.grassroots.inspection.support.Api.submit;
import static io.grassroots.inspection.support.Api.submitted;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan lifecycle over HTTP: the happy path, edits, cancellation and the decision rules. */
@QuarkusTest
class PlanLifecycleTest {
    private static final String DEPT = "450102-emergency";
    private final String dept = TestTokens.department(DEPT, "450102");
    private final String coordinator = TestTokens.coordinator("45");

    @Inject
    Db db;

    /** A department's token; each test files with its own department so no test sees another's plans. */
    private static String deptToken(String departmentId) {
        return TestTokens.department(departmentId, departmentId.substring(0, departmentId.indexOf('-')));
    }

    @Test
    void draftSubmitApprove() {
        String dept = deptToken("450102-market");
        String id = draft(dept, PlanJson.valid());
        as(dept).get("/api/plans/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("department", equalTo("450102-market"))
                .body("categoryGroup", equalTo("SAFETY"))
                .body("targetCount", equalTo(2))
                .body("targets", equalTo(List.of("450102001", "450102002")))
                .body("findings", empty());

        submit(dept, id).statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue());

        as(coordinator).body(Map.of("decision", "APPROVE")).post("/api/plans/" + id + "/decision").then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decision.decision", equalTo("APPROVE"))
                .body("decision.decidedBy", equalTo("coordinator-45"));
        as(dept).get("/api/plans/" + id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void editWhileDraftReplacesTheFieldsAndTargets() {
        String id = draft(dept, PlanJson.valid());
        as(dept).body(PlanJson.valid().with("title", "改后的标题").with("targets", List.of("450102003")).body())
                .put("/api/plans/" + id).then().statusCode(200)
                .body("title", equalTo("改后的标题"))
                .body("targets", equalTo(List.of("450102003")))
                .body("version", equalTo(1));
    }

    @Test
    void aSelectorTargetsEveryTownshipOfTheCounty() {
        String id = draft(dept, PlanJson.valid().without("targets")
                .with("targetSelector", Map.of("under", "450102", "level", "TOWNSHIP")));
        as(dept).get("/api/plans/" + id).then().statusCode(200)
                .body("targetCount", equalTo(6))
                .body("targets", hasItem("450102001"))
                .body("targetSelector.under", equalTo("450102"));
    }

    @Test
    void rejectionNeedsAReasonAndIsFinal() {
        String dept = deptToken("450102-health");
        String id = submitted(dept, PlanJson.valid());
        as(coordinator).body(Map.of("decision", "REJECT")).post("/api/plans/" + id + "/decision").then()
                .statusCode(400).body("violations[0].field", equalTo("reason"));
        as(coordinator).body(Map.of("decision", "REJECT", "reason", "与已批准的消防检查重复"))
                .post("/api/plans/" + id + "/decision").then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("decision.reason", containsString("重复"));
        as(dept).post("/api/plans/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void decidingTwiceIsAConflictAndChangesNothing() {
        String dept = deptToken("450102-finance");
        String id = submitted(dept, PlanJson.valid());
        as(coordinator).body(Map.of("decision", "APPROVE")).post("/api/plans/" + id + "/decision").then()
                .statusCode(200);
        String before = db.state();
        as(coordinator).body(Map.of("decision", "REJECT", "reason", "again")).post("/api/plans/" + id + "/decision")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("plan is APPROVED"));
        assertEquals(before, db.state());
        as(dept).get("/api/plans/" + id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void editingASubmittedPlanIsAConflictAndChangesNothing() {
        String dept = deptToken("450102-education");
        String id = submitted(dept, PlanJson.valid());
        String before = db.state();
        as(dept).body(PlanJson.valid().with("title", "偷偷改").body()).put("/api/plans/" + id).then()
                .statusCode(409).body("violations[0].rule", equalTo("STATUS"));
        submit(dept, id).statusCode(409);
        assertEquals(before, db.state());
        as(dept).get("/api/plans/" + id).then().body("title", equalTo("2026年安全生产专项检查"));
    }

    @Test
    void approvingOverReviewFindingsNeedsThemNamedAndAReason() {
        // The second comprehensive plan of a department in one year is a REVIEW finding.
        String d = TestTokens.department("450105-organization", "450105");
        PlanJson comprehensive = PlanJson.valid().with("scope", "COMPREHENSIVE").with("category", "PARTY_BUILDING")
                .with("targets", List.of("450105001"));
        submitted(d, comprehensive);
        String second = submitted(d, comprehensive.with("title", "第二次综合督查").with("windowStart", "2026-06-01")
                .with("windowEnd", "2026-06-30"));
        as(d).get("/api/plans/" + second).then()
                .body("findings.rule", hasItem("ONE_COMPREHENSIVE_PER_YEAR"))
                .body("findings.find { it.rule == 'ONE_COMPREHENSIVE_PER_YEAR' }.severity", equalTo("REVIEW"));

        String before = db.state();
        as(coordinator).body(Map.of("decision", "APPROVE")).post("/api/plans/" + second + "/decision").then()
                .statusCode(400)
                .body("violations.field", hasItem("acceptedFindings"))
                .body("violations.field", hasItem("reason"))
                .body("violations[0].message", containsString("ONE_COMPREHENSIVE_PER_YEAR"));
        as(coordinator).body(Map.of("decision", "APPROVE", "reason", "x", "acceptedFindings", List.of("TEAM_SIZE",
                "ONE_COMPREHENSIVE_PER_YEAR"))).post("/api/plans/" + second + "/decision").then()
                .statusCode(400).body("violations[0].message", containsString("TEAM_SIZE is not a review finding"));
        assertEquals(before, db.state());

        as(coordinator).body(Map.of("decision", "APPROVE", "reason", "换届之年，省委要求专门督查",
                "acceptedFindings", List.of("ONE_COMPREHENSIVE_PER_YEAR")))
                .post("/api/plans/" + second + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decision.acceptedFindings", equalTo(List.of("ONE_COMPREHENSIVE_PER_YEAR")));
    }

    @Test
    void cancelFromDraftAndFromApproved() {
        String dept = deptToken("450102-civil-affairs");
        String draftId = draft(dept, PlanJson.valid());
        as(dept).body(Map.of("reason", "合并到联合检查")).post("/api/plans/" + draftId + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellation.reason", equalTo("合并到联合检查"));
        String approved = submitted(dept, PlanJson.valid());
        as(coordinator).body(Map.of("decision", "APPROVE")).post("/api/plans/" + approved + "/decision").then()
                .statusCode(200);
        as(dept).post("/api/plans/" + approved + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(dept).post("/api/plans/" + approved + "/cancel").then().statusCode(409);
    }

    @Test
    void listsFilterByYearStatusAndDepartment() {
        String d = TestTokens.department("450107-audit", "450107");
        String a = draft(d, PlanJson.valid().with("category", "AUDIT").with("targets", List.of("450107001")));
        String b = submitted(d, PlanJson.valid().with("category", "AUDIT").with("targets", List.of("450107002")));
        as(d).get("/api/plans?year=2026").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", hasItem(a)).body("items[0].targets", nullValue());
        as(d).get("/api/plans?status=SUBMITTED").then().body("total", equalTo(1)).body("items[0].id", equalTo(b));
        as(d).get("/api/plans?year=2025").then().body("items", hasSize(0));
        as(TestTokens.coordinator("450107")).get("/api/plans?department=450107-audit").then()
                .body("total", equalTo(2));
        as(d).get("/api/plans?status=WAITING").then().statusCode(400).body("violations[0].field", equalTo("status"));
        as(d).get("/api/plans?size=501").then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    /** #14: a plan that overlaps many named 950 plans in its finding, and its events reached 56 KB. */
    @Test
    void theEventsOfAPlanOverlappingManyStaySmall() {
        // The worst case for findings: every plan comprehensive and of one category, unit and window, so that
        // two findings (DUPLICATE_PLAN and ONE_COMPREHENSIVE_PER_YEAR) each quote other plans' titles, and
        // every title as long as a plan may have it (200 characters, 3 bytes each in UTF-8).
        String d = TestTokens.department("450124-fire", "450124");
        String last = null;
        for (int i = 0; i < 25; i++) {
            String title = "第" + "〇一二三四五六七八九".charAt(i / 10) + "〇一二三四五六七八九".charAt(i % 10) + "轮消防安全综合督查";
            title = title + "重点场所".repeat(50).substring(0, 200 - title.length());
            last = submitted(d, PlanJson.valid().with("category", "FIRE").with("scope", "COMPREHENSIVE")
                    .with("targets", List.of("450124100")).with("title", title)
                    .with("materials", List.of("FIRE_INSPECTIONS_PASSED")));
        }
        as(d).get("/api/plans/" + last).then().statusCode(200)
                .body("title.length()", equalTo(200))
                .body("findings.find { it.rule == 'DUPLICATE_PLAN' }.message", containsString("24 overlapping plan(s)"))
                .body("findings.find { it.rule == 'DUPLICATE_PLAN' }.message", containsString("and 19 more"))
                .body("findings.find { it.rule == 'ONE_COMPREHENSIVE_PER_YEAR' }.message",
                        containsString("and 19 more"))
                // Other plans' titles are quoted cut to 40 characters.
                .body("findings.find { it.rule == 'DUPLICATE_PLAN' }.message", containsString("…' ("))
                .body("findings.find { it.rule == 'ONE_COMPREHENSIVE_PER_YEAR' }.message", containsString("…'"));
        long largest = db.count("select max(octet_length(payload)) from outbox_event where event_key = ?", last);
        org.junit.jupiter.api.Assertions.assertTrue(largest < 4_096, "the largest event of the plan is "
                + largest + " bytes; the bound is 4 KiB for a plan over one unit");
    }
}
