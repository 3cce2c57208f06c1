package io.grassroots.inspection.visit;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.awaitPlaced;
import static io.grassroots.inspection.support.Api.submitted;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An approval commits the decision and a row of the placement queue together; the worker places the
 * plan afterwards. What a stopped instance leaves in the queue is placed by another sweep, a plan
 * cancelled before its turn is never placed, and a failing placement waits longer each time.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlacementQueueTest {
    private static final String COUNTY = "450204";
    private static final String UNIT = "450204001";
    private static final String FIRE = COUNTY + "-fire";
    private final String coordinator = TestTokens.coordinator(COUNTY);

    @Inject
    Db db;
    @Inject
    PlacementQueue queue;

    private String approved(String department, String category, String from, String to) {
        String id = submitted(TestTokens.department(department, COUNTY), PlanJson.valid().with("category", category)
                .with("targets", List.of(UNIT)).with("windowStart", from).with("windowEnd", to).with("teamSize", 2)
                .with("materials", List.of("FIRE_INSPECTIONS_PASSED")));
        as(coordinator).body(Map.of("decision", "APPROVE")).post("/api/plans/" + id + "/decision").then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("placementPending", equalTo(true));
        return id;
    }

    @Test
    @Order(1)
    void aPlanAnInstanceLeftQueuedWhenItStoppedIsPlacedByTheNextSweep() {
        // Before any run of the county the worker has nothing to place the plan into and lets it go.
        String plan = approved(FIRE, "FIRE", "2026-06-01", "2026-06-30");
        awaitPlaced(coordinator, plan);
        assertEquals(0, db.count("select count(*) from visit_member where plan_id = ?::uuid", plan));
        as(coordinator).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(200);
        assertEquals(1, db.count("select count(*) from visit_member where plan_id = ?::uuid", plan));

        // The approval of a second plan committed with its queue row, and the instance stopped before placing it.
        String later = approved(COUNTY + "-emergency", "WORK_SAFETY", "2026-06-01", "2026-06-30");
        awaitPlaced(coordinator, later);
        db.update("delete from visit_member where plan_id = ?::uuid", later);
        db.update("delete from visit v where not exists (select 1 from visit_member m where m.visit_id = v.id)");
        db.update("update plan set status = 'APPROVED' where id = ?::uuid", later);
        db.update("insert into placement_queue (plan_id, year) values (?::uuid, 2026)", later);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> db.count(
                "select count(*) from visit_member where plan_id = ?::uuid", later) == 1);
        awaitPlaced(coordinator, later);
        as(coordinator).get("/api/plans/" + later).then().body("status", equalTo("SCHEDULED"));
        assertEquals(1, db.count("select count(*) from visit v join visit_member a on a.visit_id = v.id "
                + "join visit_member b on b.visit_id = v.id where a.plan_id = ?::uuid and b.plan_id = ?::uuid",
                plan, later), "the second plan joined the first one's visit");
    }

    @Test
    @Order(2)
    void aPlanTargetARunRefusedIsNotTriedAgainByTheQueue() {
        String plan = approved(COUNTY + "-market", "MARKET_REGULATION", "2026-09-01", "2026-09-30");
        awaitPlaced(coordinator, plan);
        assertEquals(1, db.count("select count(*) from visit_member where plan_id = ?::uuid", plan));
        // As if a run after the approval had refused it (the monthly cap), before the queue's turn came.
        db.update("delete from visit_member where plan_id = ?::uuid", plan);
        db.update("delete from visit v where not exists (select 1 from visit_member m where m.visit_id = v.id)");
        db.update("insert into unplaced_target (plan_id, unit_code, county_code, year, reason, detail, recorded_at) "
                + "values (?::uuid, ?, ?, 2026, 'UNIT_MONTHLY_CAP', 'full', now())", plan, UNIT, COUNTY);
        db.update("insert into placement_queue (plan_id, year) values (?::uuid, 2026)", plan);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> db.count(
                "select count(*) from placement_queue where plan_id = ?::uuid", plan) == 0);
        assertEquals(0, db.count("select count(*) from visit_member where plan_id = ?::uuid", plan));
        assertEquals(1, db.count("select count(*) from unplaced_target where plan_id = ?::uuid", plan));
    }

    @Test
    @Order(3)
    void aPlanCancelledBeforeItsTurnIsNeverPlaced() {
        String plan = approved(FIRE, "FIRE", "2026-07-01", "2026-07-31");
        as(TestTokens.department(FIRE, COUNTY)).body(Map.of("reason", "撤回")).post("/api/plans/" + plan + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        awaitPlaced(coordinator, plan);
        as(coordinator).get("/api/plans/" + plan).then().body("status", equalTo("CANCELLED"));
        assertEquals(0, db.count("select count(*) from visit_member where plan_id = ?::uuid", plan));
    }

    @Test
    @Order(4)
    void aFailingPlacementStaysQueuedAndWaitsLongerEachTime() {
        io.restassured.response.Response drafted = as(TestTokens.department(FIRE, COUNTY)).body(PlanJson.valid()
                .with("category", "FIRE").with("targets", List.of(UNIT)).with("windowStart", "2026-10-12")
                .with("windowEnd", "2026-10-30").body()).post("/api/plans");
        assertEquals(201, drafted.statusCode(), drafted.asString());
        String plan = drafted.path("id");
        db.update("insert into placement_queue (plan_id, year, next_attempt_at) values (?::uuid, 2026, "
                + "now() + interval '1 hour')", plan);
        for (int i = 0; i < 4; i++) {
            queue.failed(UUID.fromString(plan), "could not serialize access");
        }
        assertEquals(4, db.count("select attempts from placement_queue where plan_id = ?::uuid", plan));
        assertEquals("could not serialize access", db.text("select last_error from placement_queue "
                + "where plan_id = ?::uuid", plan));
        // The fourth failure waits 2^3 seconds from now.
        long wait = db.count("select extract(epoch from next_attempt_at - now())::bigint from placement_queue "
                + "where plan_id = ?::uuid", plan);
        assertTrue(wait >= 6 && wait <= 8, "waits about 8 s, not " + wait);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> queue.takeDue(100).stream()
                .noneMatch(d -> d.planId().toString().equals(plan))), "a plan is not taken before it is due");
        db.update("delete from placement_queue where plan_id = ?::uuid", plan);
    }
}
