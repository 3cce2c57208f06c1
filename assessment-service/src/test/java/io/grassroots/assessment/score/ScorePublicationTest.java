package io.grassroots.assessment.score;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.assessment.support.Db;
import io.grassroots.assessment.support.Events;
import io.grassroots.events.Topics;
import io.grassroots.events.data.DataReportedV1;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventPublisher;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A coordinating office publishes its region's scores: one score.published.v1 per unit with input,
 * on the real broker; publishing again announces only the cards a correction changed.
 */
@QuarkusTest
class ScorePublicationTest {
    private static final String COUNTY = "450186";
    private static final String U1 = COUNTY + "100";
    private static final String U2 = COUNTY + "101";
    private static final String U3 = COUNTY + "102";
    private static final Instant AT = Instant.parse("2026-05-01T02:00:00Z");

    @Inject
    Db db;

    private static void registerRoadIndicator() {
        Map<String, Object> m = new HashMap<>(Map.of("code", "PUB_ROADS", "name", "硬化道路里程", "evidenceKind",
                "SHARED_DATA", "dataIndicator", "PUB_ROAD_KM", "evidence", "交通部门统计", "mandate",
                Map.of("issuingBody", "自治区人民政府", "document", "桂政发〔2025〕2号", "issuedOn", "2025-01-10",
                        "level", "PROVINCIAL"),
                "direction", "HIGHER_IS_BETTER", "target", 10, "weight", 1));
        given().auth().oauth2(TestTokens.coordinator("45")).contentType(ContentType.JSON).body(m)
                .post("/api/assessment/indicators").then().statusCode(201);
    }

    private static void report(String unit, int version, int km) {
        try (EventPublisher events = new EventPublisher()) {
            events.publish(new DataReportedV1(unit, "PUB_ROAD_KM", "2026", BigDecimal.valueOf(km), version,
                    "STATISTICS", "roads-" + unit + "-" + version, AT.plusSeconds(version)));
        }
    }

    private static io.restassured.response.ValidatableResponse publish(String token, String region) {
        return given().auth().oauth2(token).post("/api/assessment/scores/" + region + "/2026/publish").then();
    }

    private static Predicate<EventProbe.ReceivedEvent> scoreOf(String unit) {
        return e -> "score.published.v1".equals(e.type()) && (unit + "/2026").equals(e.subject());
    }

    @Test
    void publishingAnnouncesEachScoredUnitOnceAndThenOnlyWhatChanged() {
        registerRoadIndicator();
        try (EventPublisher events = new EventPublisher()) {
            Events.directory(events, COUNTY, List.of(U1, U2, U3), List.of());
        }
        report(U1, 1, 5);
        report(U2, 1, 20);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count("select count(*) from unit_value "
                + "where indicator = 'PUB_ROAD_KM'") == 2
                && db.count("select count(*) from unit where code = ?", U3) == 1);
        String coordinator = TestTokens.coordinator("4501");

        try (EventProbe probe = EventProbe.of(Topics.ASSESSMENT_EVENTS)) {
            publish(coordinator, COUNTY).statusCode(200).body("unitsScored", equalTo(2))
                    .body("published", equalTo(2)).body("unchanged", equalTo(0));
            // 5 km of 10 scores 0.5; 20 km is capped at 1. U3 has no input and is not announced.
            EventProbe.ReceivedEvent u1 = probe.await(scoreOf(U1), 1, Duration.ofSeconds(30)).get(0);
            assertTrue(u1.data().contains("{\"indicator\":\"PUB_ROADS\",\"weight\":1,\"value\":5,\"score\":0.500}"),
                    u1.data());
            assertTrue(probe.await(scoreOf(U2), 1, Duration.ofSeconds(30)).get(0).data()
                    .contains("\"indicator\":\"PUB_ROADS\",\"weight\":1,\"value\":20,\"score\":1.000"));
            // The card's total is 100 x the weighted mean of its scores: one indicator of weight 1.
            assertTotals(U1, "50.00", "50.00");
            assertTrue(u1.data().contains("\"total\":50.00"), u1.data());
            assertTotals(U2, "100.00", "100.00");

            publish(coordinator, COUNTY).statusCode(200).body("published", equalTo(0)).body("unchanged", equalTo(2));

            report(U1, 2, 8);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count("select count(*) from unit_value "
                    + "where unit_code = ? and indicator = 'PUB_ROAD_KM' and version = 2", U1) == 1);
            publish(coordinator, COUNTY).statusCode(200).body("published", equalTo(1)).body("unchanged", equalTo(1));
            List<EventProbe.ReceivedEvent> u1Events = probe.await(scoreOf(U1), 2, Duration.ofSeconds(30));
            assertTrue(u1Events.get(1).data().contains("\"value\":8,\"score\":0.800"), u1Events.get(1).data());
            assertTrue(u1Events.get(1).data().contains("\"total\":80.00"), u1Events.get(1).data());
            assertTotals(U1, "80.00", "80.00");
            assertTotals(U2, "100.00", "100.00");
            for (String unit : List.of(U1, U2, U3)) {
                db.awaitOutboxSent(unit + "/2026", Duration.ofSeconds(30));
            }
            assertEquals(2, probe.drainToEnd(scoreOf(U1)).size());
            assertEquals(1, probe.drainToEnd(scoreOf(U2)).size());
            assertEquals(0, probe.drainToEnd(scoreOf(U3)).size());
        }
        assertEquals(2, db.count("select count(*) from score_published where unit_code like ? || '%'", COUNTY));
    }

    /** The unit's card as it stands and as it was last published, each against the total the rule gives. */
    private static void assertTotals(String unit, String live, String published) {
        io.restassured.path.json.JsonPath card = given().auth().oauth2(TestTokens.unit(unit))
                .get("/api/assessment/scores/" + unit + "?year=2026").then().statusCode(200)
                .body("published.by", equalTo("coordinator-4501")).extract().jsonPath();
        assertEquals(0, new BigDecimal(live).compareTo(new BigDecimal(card.getString("total"))), unit + " total");
        assertEquals(0, new BigDecimal(published).compareTo(new BigDecimal(card.getString("published.total"))),
                unit + " published total");
    }

    @Test
    void onlyTheRegionsCoordinatorsPublishAndBadInputChangesNothing() {
        long before = db.count("select count(*) from score_published");
        publish(TestTokens.coordinator("4503"), COUNTY).statusCode(404);
        publish(TestTokens.department(COUNTY + "-fire", COUNTY), COUNTY).statusCode(403);
        publish(TestTokens.coordinator("45"), "45x").statusCode(400).body("violations[0].field", equalTo("region"))
                .body("violations[0].rule", equalTo("FORMAT"));
        given().auth().oauth2(TestTokens.coordinator("45")).post("/api/assessment/scores/45/1999/publish").then()
                .statusCode(400).body("violations[0].field", equalTo("year"));
        assertEquals(before, db.count("select count(*) from score_published"));
    }
}
