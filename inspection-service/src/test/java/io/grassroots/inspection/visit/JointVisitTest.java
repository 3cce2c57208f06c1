package io.grassroots.inspection.visit;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.awaitPlaced;
import static io.grassroots.inspection.support.Api.submitted;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.events.Topics;
import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventProbe.ReceivedEvent;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One county's year end to end: departments' plans merged into joint visits, a later plan joining,
 * a cancelled plan leaving, confirmation under the notice rule, and results published to Kafka.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JointVisitTest {
    private static final String COUNTY = "450125";
    private static final String UNIT = "450125100";
    private static final String FIRE = "450125-fire";
    private static final String EMERGENCY = "450125-emergency";
    private static final String MARKET = "450125-market";
    private static final String AUDIT = "450125-audit";
    private final String coordinator = TestTokens.coordinator(COUNTY);

    private static String firePlan;
    private static String emergencyPlan;
    private static String marketPlan;
    private static String visitId;

    @Inject
    Db db;

    private String dept(String id) {
        return TestTokens.department(id, COUNTY);
    }

    private String approvedPlan(String department, String category, List<String> units, String from, String to,
            int team, List<String> materials) {
        String id = submitted(dept(department), PlanJson.valid().with("category", category).with("targets", units)
                .with("windowStart", from).with("windowEnd", to).with("teamSize", team)
                .with("materials", materials));
        as(coordinator).body(Map.of("decision", "APPROVE")).post("/api/plans/" + id + "/decision").then()
                .statusCode(200);
        awaitPlaced(coordinator, id);
        return id;
    }

    @Test
    @Order(1)
    void threeSafetyPlansOnOneTownshipBecomeOneJointVisit() {
        firePlan = approvedPlan(FIRE, "FIRE", List.of(UNIT, "450125101"), "2026-04-01", "2026-04-30", 2,
                List.of("FIRE_INSPECTIONS_PASSED"));
        emergencyPlan = approvedPlan(EMERGENCY, "WORK_SAFETY", List.of(UNIT), "2026-04-10", "2026-05-15", 3,
                List.of("SAFETY_INCIDENTS", "FIRE_INSPECTIONS_PASSED"));
        approvedPlan(AUDIT, "AUDIT", List.of(UNIT), "2026-04-01", "2026-04-30", 2, List.of());

        as(coordinator).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(200)
                .body("planTargets", equalTo(4))
                .body("visits", equalTo(3))
                .body("lowerBound", equalTo(3))
                .body("ratio", equalTo(1.0f))
                .body("noMergeVisits", equalTo(4))
                .body("unmergedByReason.ONLY_PLAN", equalTo(2));
        // The run is kept: its coordinators and auditors see it again later, with who ran it.
        as(TestTokens.auditor(COUNTY)).get("/api/schedule/" + COUNTY + "/2026").then().statusCode(200)
                .body("summary.planTargets", equalTo(4))
                .body("summary.visits", equalTo(3))
                .body("summary.unmergedByReason.ONLY_PLAN", equalTo(2))
                .body("ranBy", notNullValue())
                .body("ranAt", notNullValue());
        as(coordinator).get("/api/schedule/" + COUNTY + "/2025").then().statusCode(404)
                .contentType("application/problem+json");

        visitId = as(coordinator).get("/api/visits?unit=" + UNIT).then().statusCode(200)
                .body("total", equalTo(2))
                .extract().path("items.find { it.group == 'SAFETY' }.id");
        as(coordinator).get("/api/visits/" + visitId).then().statusCode(200)
                .body("plans", hasSize(2))
                // Both are county departments: the one sending the larger team (emergency, 3 to fire's 2) leads.
                .body("leadDepartment", equalTo(EMERGENCY))
                .body("date", equalTo("2026-04-10"))
                .body("teamSize", equalTo(5))
                .body("materials", equalTo(List.of("FIRE_INSPECTIONS_PASSED", "SAFETY_INCIDENTS")))
                .body("status", equalTo("PLANNED"))
                .body("explanation", containsString("one joint visit instead of 2"));
        as(dept(FIRE)).get("/api/plans/" + firePlan).then().body("status", equalTo("SCHEDULED"));

        try (EventProbe probe = EventProbe.of(Topics.VISIT_EVENTS)) {
            ReceivedEvent scheduled = probe.await(e -> visitId.equals(e.key()), 1, Duration.ofSeconds(60)).get(0);
            assertEquals("visit.scheduled.v1", scheduled.type());
            assertTrue(scheduled.data().contains(firePlan) && scheduled.data().contains(emergencyPlan));
        }
    }

    @Test
    @Order(2)
    void aPlanApprovedLaterJoinsTheOpenVisit() {
        marketPlan = approvedPlan(MARKET, "FOOD_DRUG", List.of(UNIT), "2026-04-06", "2026-04-24", 2,
                List.of("FOOD_SAMPLES"));
        as(coordinator).get("/api/visits/" + visitId).then().statusCode(200)
                .body("plans", hasSize(3))
                .body("plans.planId", hasItem(marketPlan))
                .body("date", equalTo("2026-04-10"))
                .body("teamSize", equalTo(7));
        as(dept(MARKET)).get("/api/plans/" + marketPlan).then().body("status", equalTo("SCHEDULED"));
        try (EventProbe probe = EventProbe.of(Topics.VISIT_EVENTS)) {
            probe.await(e -> visitId.equals(e.key()) && "visit.rescheduled.v1".equals(e.type())
                    && e.data().contains(marketPlan), 1, Duration.ofSeconds(60));
        }
    }

    @Test
    @Order(3)
    void partiesSeeTheVisitAndNobodyElse() {
        as(dept(FIRE)).get("/api/visits/" + visitId).then().statusCode(200);
        as(TestTokens.team(MARKET, COUNTY)).get("/api/visits/" + visitId).then().statusCode(200);
        as(TestTokens.unit(UNIT)).get("/api/visits/" + visitId).then().statusCode(200);
        as(TestTokens.unit(UNIT)).get("/api/units/" + UNIT + "/calendar?year=2026").then().statusCode(200)
                .body("'2026-04'", hasSize(2));

        as(dept("450125-education")).get("/api/visits/" + visitId).then().statusCode(404);
        as(TestTokens.unit("450125101")).get("/api/visits/" + visitId).then().statusCode(404);
        as(TestTokens.unit("450125101")).get("/api/units/" + UNIT + "/calendar?year=2026").then().statusCode(404);
        as(TestTokens.coordinator("4502")).get("/api/visits/" + visitId).then().statusCode(404);
        as(TestTokens.coordinator("4502")).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(404);
        as(dept(FIRE)).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(403);
        as(TestTokens.coordinator("4502")).get("/api/schedule/" + COUNTY + "/2026").then().statusCode(404);
        as(dept(FIRE)).get("/api/schedule/" + COUNTY + "/2026").then().statusCode(403);
        as(dept("450125-education")).get("/api/visits?unit=" + UNIT).then().body("total", equalTo(0));
        as(dept(FIRE)).get("/api/visits").then().body("total", equalTo(2));
    }

    @Test
    @Order(4)
    void resultsNeedAConfirmedVisitAndBadResultsChangeNothing() {
        String team = TestTokens.team(FIRE, COUNTY);
        Map<String, Object> good = Map.of("planId", firePlan, "findings", "消防通道畅通", "rating", 4);
        String before = db.state();
        as(team).body(Map.of("results", List.of(good))).post("/api/visits/" + visitId + "/results").then()
                .statusCode(409).body("detail", containsString("visit is PLANNED"));
        assertEquals(before, db.state());

        // A county that now wants forty working days of notice refuses to confirm an April visit.
        as(coordinator).body(Map.of("rules", Map.of("NOTICE", Map.of("workingDays", 40))))
                .put("/api/policy/" + COUNTY + "/2026").then().statusCode(200);
        as(coordinator).post("/api/visits/" + visitId + "/confirm").then().statusCode(400)
                .body("violations[0].rule", equalTo("NOTICE"));
        as(coordinator).body(Map.of()).put("/api/policy/" + COUNTY + "/2026").then().statusCode(200);

        as(coordinator).post("/api/visits/" + visitId + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(coordinator).post("/api/visits/" + visitId + "/confirm").then().statusCode(409);

        before = db.state();
        RefusedResults.assertRefused(team, visitId, firePlan, emergencyPlan);
        as(TestTokens.team("450125-education", COUNTY)).body(Map.of("results", List.of(good)))
                .post("/api/visits/" + visitId + "/results").then().statusCode(404);
        assertEquals(before, db.state());
    }

    @Test
    @Order(5)
    void aRecordedResultIsPublishedAndTheLastOneCompletesTheVisit() {
        as(TestTokens.team(FIRE, COUNTY)).body(Map.of("results", List.of(Map.of("planId", firePlan,
                "findings", "消防通道畅通，两处灭火器过期", "rating", 4,
                "rectifications", List.of(Map.of("item", "更换过期灭火器", "dueDate", "2026-05-31")),
                "indicatorValues", List.of(Map.of("indicator", "FIRE_INSPECTIONS_PASSED", "period", "2026",
                        "value", 12))))))
                .post("/api/visits/" + visitId + "/results").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("plans.find { it.planId == '" + firePlan + "' }.resultRecorded", equalTo(true));
        as(TestTokens.team(FIRE, COUNTY)).body(Map.of("results", List.of(Map.of("planId", firePlan,
                "findings", "again", "rating", 4)))).post("/api/visits/" + visitId + "/results").then()
                .statusCode(400).body("violations[0].rule", equalTo("ONCE"));

        // The lead department (the one sending the largest team among equals) records for the others.
        String lead = as(coordinator).get("/api/visits/" + visitId).then().extract().path("leadDepartment");
        as(TestTokens.team(lead, COUNTY)).body(Map.of("results", List.of(
                Map.of("planId", emergencyPlan, "findings", "台账齐全", "rating", 5),
                Map.of("planId", marketPlan, "findings", "抽检合格", "rating", 5))))
                .post("/api/visits/" + visitId + "/results").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        as(dept(EMERGENCY)).get("/api/plans/" + emergencyPlan).then().body("status", equalTo("COMPLETED"));
        // The fire plan still has its other township to visit.
        as(dept(FIRE)).get("/api/plans/" + firePlan).then().body("status", equalTo("SCHEDULED"));

        try (EventProbe results = EventProbe.of(Topics.INSPECTION_RESULTS)) {
            List<ReceivedEvent> published = results.await(e -> visitId.equals(e.key()), 3, Duration.ofSeconds(60));
            ReceivedEvent fire = published.stream().filter(e -> e.data().contains(firePlan)).findFirst().orElseThrow();
            assertEquals("result.published.v1", fire.type());
            assertTrue(fire.data().contains("\"indicator\":\"FIRE_INSPECTIONS_PASSED\""), fire.data());
            assertTrue(fire.data().contains("\"unitCode\":\"" + UNIT + "\""), fire.data());
        }
        try (EventProbe visits = EventProbe.of(Topics.VISIT_EVENTS)) {
            visits.await(e -> visitId.equals(e.key()) && "visit.completed.v1".equals(e.type()), 1,
                    Duration.ofSeconds(60));
        }
    }

    @Test
    @Order(6)
    void aCancelledPlanLeavesItsVisitsAndAnEmptyVisitDisappears() {
        String other = as(coordinator).get("/api/visits?unit=450125101").then().extract().path("items[0].id");
        as(dept(FIRE)).body(Map.of("reason", "并入省级督查")).post("/api/plans/" + firePlan + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        as(coordinator).get("/api/visits/" + other).then().statusCode(404);
        try (EventProbe probe = EventProbe.of(Topics.VISIT_EVENTS)) {
            ReceivedEvent gone = probe.await(e -> other.equals(e.key()) && "visit.rescheduled.v1".equals(e.type()), 1,
                    Duration.ofSeconds(60)).get(0);
            assertTrue(gone.data().contains("\"cancelled\":true"), gone.data());
        }
        // A re-run keeps the completed visit exactly as it was.
        as(coordinator).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(200)
                .body("visits", greaterThan(0)).body("visits", lessThan(4));
        as(coordinator).get("/api/visits/" + visitId).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("date", equalTo("2026-04-10"));
    }
}
