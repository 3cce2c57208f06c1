package io.grassroots.assessment.feedback;

import static io.grassroots.assessment.support.Events.visit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.support.Db;
import io.grassroots.assessment.support.Events;
import io.grassroots.events.data.RequestFiledV1;
import io.grassroots.events.visit.VisitCompletedV1;
import io.grassroots.events.visit.VisitScheduledV1;
import io.grassroots.testing.EventPublisher;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Units rate what they received, once, and may change a rating for seven days; the ledger follows. */
@QuarkusTest
class FeedbackTest {
    private static final String UNIT = "450182100";
    private static final String NEIGHBOUR = "450182101";
    private static boolean published;

    @Inject
    Db db;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @BeforeEach
    void aVisitAndARequestTheUnitReceived() {
        if (published) {
            return;
        }
        try (EventPublisher events = new EventPublisher()) {
            Events.directory(events, "450182", List.of(UNIT, NEIGHBOUR), List.of("450182-fire", "450182-emergency",
                    "450182-statistics", "450182-finance"));
            Instant at = Instant.parse("2026-02-10T02:00:00Z");
            events.publish(new VisitCompletedV1(visit("done-450182", UNIT, 2026, List.of(LocalDate.of(2026, 2, 24)),
                    "COMPLETED", "pa-450182:450182-fire", "pb-450182:450182-emergency"), at));
            events.publish(new VisitScheduledV1(visit("later-450182", UNIT, 2026, List.of(LocalDate.of(2026, 6, 2)),
                    "PLANNED", "pc-450182:450182-fire"), at));
            events.publish(new RequestFiledV1("req-450182", "450182-statistics", "月报", "2026-01",
                    LocalDate.of(2026, 3, 20), List.of("A"), List.of(UNIT), 1, 0, 1, 0, 0, at));
            events.publish(new RequestFiledV1("req2-450182", "450182-finance", "年报", "2025", LocalDate.of(2026, 3, 20),
                    List.of("B"), List.of(UNIT), 1, 1, 0, 0, 10, at));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count("select count(*) from visit_fact "
                + "where visit_id in ('done-450182', 'later-450182')") == 2 && db.count(
                        "select count(*) from "
                                + "request_unit where request_id in ('req-450182', 'req2-450182')") == 2);
        published = true;
    }

    @Test
    void aUnitRatesWhatItReceivedOnceAndTheLedgerShowsTheMean() {
        String id = as(TestTokens.unit(UNIT)).body(Map.of("visitId", "done-450182", "rating", 4, "comment", "准备充分"))
                .post("/api/feedback").then().statusCode(201).body("itemType", equalTo("VISIT"))
                .body("editableUntil", equalTo("2026-03-09T01:00:00Z")).extract().path("id");
        String before = db.state();
        as(TestTokens.unit(UNIT)).body(Map.of("visitId", "done-450182", "rating", 1)).post("/api/feedback").then()
                .statusCode(409).body("violations[0].rule", equalTo("ONCE"));
        assertEquals(before, db.state());
        as(TestTokens.unit(UNIT)).body(Map.of("requestId", "req-450182", "rating", 2)).post("/api/feedback").then()
                .statusCode(201).body("itemType", equalTo("REQUEST"));
        as(TestTokens.unit(UNIT)).get("/api/feedback/" + id).then().statusCode(200).body("rating", equalTo(4));
        as(TestTokens.unit(NEIGHBOUR)).get("/api/feedback/" + id).then().statusCode(404);

        String reader = TestTokens.department("450182-fire", "450182");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(reader)
                .get("/api/burden/departments?year=2026&region=450182").then().statusCode(200)
                .body("find { it.counts.departmentId == '450182-fire' }.feedbackMean", equalTo(4.0f))
                .body("find { it.counts.departmentId == '450182-emergency' }.feedbackMean", equalTo(4.0f))
                .body("find { it.counts.departmentId == '450182-statistics' }.feedbackMean", equalTo(2.0f)));
    }

    @Test
    void whatAUnitDidNotReceiveIsNotFoundAndWhatHasNotHappenedCannotBeRated() {
        String before = db.state();
        as(TestTokens.unit(NEIGHBOUR)).body(Map.of("visitId", "done-450182", "rating", 5)).post("/api/feedback")
                .then().statusCode(404);
        as(TestTokens.unit(NEIGHBOUR)).body(Map.of("requestId", "req-450182", "rating", 5)).post("/api/feedback")
                .then().statusCode(404);
        as(TestTokens.unit(UNIT)).body(Map.of("visitId", "nowhere", "rating", 5)).post("/api/feedback").then()
                .statusCode(404);
        as(TestTokens.unit(UNIT)).body(Map.of("visitId", "later-450182", "rating", 5)).post("/api/feedback").then()
                .statusCode(409).body("violations[0].rule", equalTo("NOT_YET"));
        // The shape of each field first (a rating out of range), then what spans them (exactly one item).
        as(TestTokens.unit(UNIT)).body(Map.of("visitId", "done-450182", "requestId", "req-450182", "rating", 9))
                .post("/api/feedback").then().statusCode(400).body("violations.field", equalTo(List.of("rating")))
                .body("violations.rule", equalTo(List.of("RANGE")));
        as(TestTokens.unit(UNIT)).body(Map.of("visitId", "done-450182", "requestId", "req-450182", "rating", 4))
                .post("/api/feedback").then().statusCode(400).body("violations.field", equalTo(List.of("visitId")))
                .body("violations.rule", equalTo(List.of("ONE_OF")));
        as(TestTokens.department("450182-fire", "450182")).body(Map.of("visitId", "done-450182", "rating", 5))
                .post("/api/feedback").then().statusCode(403);
        assertEquals(before, db.state());
    }

    @Test
    void aRatingCanBeChangedForSevenDaysByItsUnitOnly() {
        String id = as(TestTokens.unit(UNIT)).body(Map.of("requestId", "req2-450182", "rating", 3))
                .post("/api/feedback").then().statusCode(201).extract().path("id");
        as(TestTokens.unit(UNIT)).body(Map.of("rating", 5)).put("/api/feedback/" + id).then().statusCode(200)
                .body("rating", equalTo(5));
        as(TestTokens.unit(NEIGHBOUR)).body(Map.of("rating", 1)).put("/api/feedback/" + id).then().statusCode(404);
        db.update("update feedback set created_at = created_at - interval '8 days' where id = ?::uuid", id);
        String before = db.state();
        as(TestTokens.unit(UNIT)).body(Map.of("rating", 1)).put("/api/feedback/" + id).then().statusCode(409)
                .body("violations[0].rule", equalTo("EDIT_WINDOW"));
        assertEquals(before, db.state());
        assertEquals(5, db.count("select rating from feedback where id = ?::uuid", id));
    }
}
