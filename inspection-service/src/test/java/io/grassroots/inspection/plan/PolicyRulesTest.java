package io.grassroots.inspection.plan;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.draft;
import static io.grassroots.inspection.support.Api.submit;
import static io.grassroots.inspection.support.Api.submitted;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policies set per region and year change what the rules find, and are inherited downwards. */
@QuarkusTest
class PolicyRulesTest {
    private final String coordinator = TestTokens.coordinator("45");

    @Inject
    Db db;

    @Test
    void aProvinceBlackoutIsInheritedByItsCounties() {
        as(coordinator).body(Map.of("blackouts", List.of(Map.of("from", "2026-08-01", "to", "2026-08-31",
                "reason", "无会月")))).put("/api/policy/45/2026").then().statusCode(200)
                .body("effective.blackouts[0].reason", equalTo("无会月"));

        String dept = TestTokens.department("450108-environment", "450108");
        as(dept).body(PlanJson.valid().with("category", "ENVIRONMENT").with("targets", List.of("450108001"))
                .with("windowStart", "2026-08-03").with("windowEnd", "2026-08-28").body())
                .post("/api/plans").then().statusCode(400)
                .body("violations[0].rule", equalTo("CALENDAR"))
                .body("violations[0].message", containsString("无会月 2026-08-01..2026-08-31"));
        as(dept).get("/api/policy/450108/2026").then().statusCode(200)
                .body("effective.blackouts[0].reason", equalTo("无会月"));
    }

    @Test
    void aCountyQuotaTurnsTheExcessIntoAReviewFindingWithTheNumbers() {
        String county = "450109";
        as(TestTokens.coordinator(county)).body(Map.of("quotas", List.of(Map.of("department",
                "450109-agriculture", "baseline", 6)))).put("/api/policy/" + county + "/2026").then()
                .statusCode(200)
                .body("effective.quotas[0].limit", equalTo(3));
        String dept = TestTokens.department("450109-agriculture", county);
        submitted(dept, PlanJson.valid().with("category", "AGRICULTURE").with("targets",
                List.of("450109100", "450109101")));
        String second = draft(dept, PlanJson.valid().with("category", "AGRICULTURE").with("windowStart",
                "2026-06-01").with("windowEnd", "2026-06-30").with("targets", List.of("450109102", "450109103")));
        submit(dept, second).statusCode(200)
                .body("findings.rule", hasItem("ANNUAL_QUOTA"))
                .body("findings.find { it.rule == 'ANNUAL_QUOTA' }.message", equalTo(
                        "quota 3 plan-targets (baseline 6 cut by 50%), this plan brings 2026 to 4 "
                                + "(2 already filed + 2)"));
    }

    /** #13: a narrower region raised TEAM_SIZE's maximum above the one set over it, or cut notice. */
    @Test
    void aCountyMayNotRelaxWhatIsInForceAboveIt() {
        as(TestTokens.coordinator("4503")).body(Map.of("rules", Map.of("TEAM_SIZE", Map.of("max", 4))))
                .put("/api/policy/4503/2026").then().statusCode(200);
        as(TestTokens.coordinator("450305")).body(Map.of("rules", Map.of("TEAM_SIZE", Map.of("max", 8),
                "NOTICE", Map.of("workingDays", 2), "UNIT_MONTHLY_CAP", Map.of("max", 5))))
                .put("/api/policy/450305/2026").then().statusCode(400)
                .body("violations.field", hasItems("rules.TEAM_SIZE.max", "rules.NOTICE.workingDays",
                        "rules.UNIT_MONTHLY_CAP.max"))
                .body("violations.rule", everyItem(equalTo("RELAX")));
        as(TestTokens.coordinator("450305")).get("/api/policy/450305/2026").then().statusCode(200)
                .body("effective.rules.TEAM_SIZE.max", equalTo(4));
    }

    @Test
    void aCityCanTightenTheTeamCapForItsCounties() {
        as(TestTokens.coordinator("4502")).body(Map.of("rules", Map.of("TEAM_SIZE", Map.of("max", 3))))
                .put("/api/policy/4502/2026").then().statusCode(200)
                .body("effective.rules.TEAM_SIZE.max", equalTo(3));
        String dept = TestTokens.department("450202-fire", "450202");
        as(dept).body(PlanJson.valid().with("category", "FIRE").with("teamSize", 4)
                .with("targets", List.of("450202001")).body()).post("/api/plans").then().statusCode(400)
                .body("violations[0].message", containsString("exceeds the cap of 3"));
    }

    @Test
    void badPoliciesAreRefusedAndChangeNothing() {
        String before = db.state() + db.count("select count(*) from policy");
        as(coordinator).body(Map.of(
                "rules", Map.of("NOTICE", Map.of("max", 3), "SPEED_LIMIT", Map.of("severity", "BLOCK"),
                        "ANNUAL_QUOTA", Map.of("cut", 1.5)),
                "quotas", List.of(Map.of("department", "no-such-dept", "baseline", 10)),
                "blackouts", List.of(Map.of("from", "2026-09-10", "to", "2026-09-01"))))
                .put("/api/policy/45/2026").then().statusCode(400)
                .body("violations.field", hasItem("rules.NOTICE.max"))
                .body("violations.field", hasItem("rules.SPEED_LIMIT"))
                .body("violations.field", hasItem("rules.ANNUAL_QUOTA.cut"))
                .body("violations.field", hasItem("quotas[0].department"))
                .body("violations.field", hasItem("blackouts[0].to"));
        as(coordinator).body(Map.of("rules", Map.of("NOTICE", Map.of("severity", "MAYBE"))))
                .put("/api/policy/45/2026").then().statusCode(400)
                .body("violations[0].field", equalTo("rules.NOTICE.severity"));
        assertEquals(before, db.state() + db.count("select count(*) from policy"));
    }

    @Test
    void policiesBelongToTheirRegion() {
        as(TestTokens.coordinator("4503")).body(Map.of()).put("/api/policy/4502/2026").then().statusCode(404);
        as(TestTokens.coordinator("4503")).get("/api/policy/4502/2026").then().statusCode(404);
        as(TestTokens.department("450202-fire", "450202")).get("/api/policy/4503/2026").then().statusCode(404);
        as(TestTokens.department("450202-fire", "450202")).body(Map.of()).put("/api/policy/450202/2026").then()
                .statusCode(403);
        as(coordinator).get("/api/policy/999999/2026").then().statusCode(404);
    }
}
