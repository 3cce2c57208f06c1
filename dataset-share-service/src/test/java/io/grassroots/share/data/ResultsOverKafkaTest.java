package io.grassroots.share.data;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.events.Topics;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventPublisher;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Inspection results reach the shared dataset over the real broker: once, and past a poison message. */
@QuarkusTest
class ResultsOverKafkaTest extends ShareTest {
    private static ResultPublishedV1 result(String resultId, String unit, String indicator, int value) {
        return new ResultPublishedV1(resultId, UUID.randomUUID().toString(), UUID.randomUUID().toString(), unit,
                "450102-fire", "FIRE", LocalDate.of(2026, 4, 10), "消防通道畅通", 4, List.of(),
                List.of(new ResultPublishedV1.IndicatorValue(indicator, "2026", BigDecimal.valueOf(value))),
                "team-fire", Instant.parse("2026-04-10T08:00:00Z"));
    }

    private long stored(String resultId) {
        return db.count("select count(*) from data_value where source = 'INSPECTION' and source_ref = ?", resultId);
    }

    @Test
    void anInspectionResultAnswersALaterRequestWithoutATask() {
        String resultId = UUID.randomUUID().toString();
        try (EventPublisher events = new EventPublisher()) {
            events.publish(result(resultId, "450102002", "FIRE_INSPECTIONS_PASSED", 14));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> stored(resultId) == 1);
        long tasks = db.count("select count(*) from task");

        String emergency = TestTokens.department("450102-emergency", "450102");
        String id = given().auth().oauth2(emergency).contentType(ContentType.JSON).body(Map.of("title", "消防检查情况",
                "indicators", List.of("FIRE_INSPECTIONS_PASSED"), "units", List.of("450102002"), "period", "2026",
                "dueDate", "2026-04-30")).post("/api/data-requests").then().statusCode(201)
                .body("status", equalTo("ANSWERED")).body("askedOfUnits", equalTo(0))
                .body("fields[0].source", equalTo("INSPECTION")).body("fields[0].value", equalTo(14))
                .extract().path("id");
        assertEquals(tasks, db.count("select count(*) from task"), "the unit was not asked");
        try (EventProbe probe = EventProbe.of(Topics.DATA_EVENTS)) {
            probe.await(e -> id.equals(e.key()) && "request.answered.v1".equals(e.type()), 1, Duration.ofSeconds(60));
        }
    }

    @Test
    void theSameEventDeliveredTwiceStoresOneValue() {
        String resultId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (EventPublisher events = new EventPublisher()) {
            events.publish(result(resultId, "450102003", "FIRE_INSPECTIONS_PASSED", 9), eventId);
            events.publish(result(resultId, "450102003", "FIRE_INSPECTIONS_PASSED", 9), eventId);
            // A marker published after both: once it is stored, both deliveries were consumed.
            String marker = UUID.randomUUID().toString();
            events.publish(result(marker, "450102003", "SAFETY_INCIDENTS", 0));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> stored(marker) == 1);
        }
        assertEquals(1, stored(resultId));
        assertEquals(1, db.count("select count(*) from processed_event where event_id = ?", eventId));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextOneIsStillProcessed() {
        String poisonId = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        try (EventPublisher events = new EventPublisher()) {
            events.send(Topics.INSPECTION_RESULTS, "visit-x", "result.published.v1", poisonId, "{not json");
            events.publish(result(good, "450102001", "FIRE_INSPECTIONS_PASSED", 3));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> stored(good) == 1);
        try (EventProbe dlq = EventProbe.of(Topics.deadLetterOf("dataset-share-service", Topics.INSPECTION_RESULTS))) {
            EventProbe.ReceivedEvent dead = dlq.await(e -> poisonId.equals(e.id()), 1, Duration.ofSeconds(60)).get(0);
            assertTrue(dead.data().contains("{not json"));
        }
    }
}
