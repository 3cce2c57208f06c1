package io.grassroots.assessment.score;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.grassroots.assessment.support.Db;
import io.grassroots.assessment.support.Events;
import io.grassroots.events.data.DataReportedV1;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.testing.EventPublisher;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A unit's score from values and ratings that arrived as events, with every input shown. */
@QuarkusTest
class ScoreResourceTest {
    private static final String UNIT = "450184100";

    @Inject
    Db db;

    private static void register(Map<String, Object> indicator) {
        given().auth().oauth2(TestTokens.coordinator("45")).contentType(ContentType.JSON).body(indicator)
                .post("/api/assessment/indicators").then().statusCode(201);
    }

    private static Map<String, Object> indicator(String code, String kind, String data, String direction, int target,
            int weight) {
        Map<String, Object> m = new java.util.HashMap<>(Map.of("code", code, "name", code, "evidenceKind", kind,
                "evidence", "read from the platform", "mandate", Map.of("issuingBody", "自治区人民政府", "document",
                        "桂政发〔2025〕1号", "issuedOn", "2025-01-10", "level", "PROVINCIAL"),
                "direction", direction, "target", target, "weight", weight));
        if (data != null) {
            m.put("dataIndicator", data);
        }
        return m;
    }

    @Test
    void theScoreShowsItsInputsAndIsTheUnitsAndItsOverseersOnly() {
        register(indicator("SCORE_INCIDENTS", "SHARED_DATA", "SAFETY_INCIDENTS", "LOWER_IS_BETTER", 1, 1));
        register(indicator("SCORE_RATING", "INSPECTION_RESULT", null, "HIGHER_IS_BETTER", 5, 1));
        try (EventPublisher events = new EventPublisher()) {
            Events.directory(events, "450184", List.of(UNIT, "450184101"), List.of("450184-emergency"));
            Instant at = Instant.parse("2026-02-01T02:00:00Z");
            events.publish(new DataReportedV1(UNIT, "SAFETY_INCIDENTS", "2026", BigDecimal.valueOf(4), 1, "UNIT_REPORT",
                    null, at));
            // A correction (version 2) arriving before the value it corrects still wins.
            events.publish(new DataReportedV1(UNIT, "SAFETY_INCIDENTS", "2026", BigDecimal.valueOf(2), 2, "AUDIT",
                    "a-1", at.plusSeconds(60)));
            events.publish(new DataReportedV1(UNIT, "SAFETY_INCIDENTS", "2026", BigDecimal.valueOf(4), 1, "UNIT_REPORT",
                    null, at));
            events.publish(new ResultPublishedV1("res-450184", "vis-450184", "plan-450184", UNIT, "450184-emergency",
                    "WORK_SAFETY", LocalDate.of(2026, 2, 20), "ok", 4, List.of(), List.of(), "team", at));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count("select count(*) from unit_value "
                + "where unit_code = ? and version = 2", UNIT) == 1 && db.count(
                        "select count(*) from result_fact "
                                + "where unit_code = ?",
                        UNIT) == 1);
        // incidents 2 against at most 1: 0.5; rating 4 of 5: 0.8; other registered indicators have no input.
        given().auth().oauth2(TestTokens.unit(UNIT)).get("/api/assessment/scores/" + UNIT + "?year=2026").then()
                .statusCode(200)
                .body("lines.find { it.indicator == 'SCORE_INCIDENTS' }.value", equalTo(2))
                .body("lines.find { it.indicator == 'SCORE_INCIDENTS' }.score", equalTo(0.5f))
                .body("lines.find { it.indicator == 'SCORE_INCIDENTS' }.from",
                        equalTo("SAFETY_INCIDENTS 2026 (AUDIT, version 2)"))
                .body("lines.find { it.indicator == 'SCORE_RATING' }.score", equalTo(0.8f))
                .body("lines.find { it.indicator == 'SCORE_RATING' }.from",
                        equalTo("mean rating of 1 inspection result(s)"))
                // README: 100 x the weighted mean of the scores with input, (1 x 0.5 + 1 x 0.8) / 2 = 0.65.
                .body("total", equalTo(65.0f));
        given().auth().oauth2(TestTokens.unit("450184101")).get("/api/assessment/scores/450184101?year=2026").then()
                .statusCode(200).body("total", nullValue());
        given().auth().oauth2(TestTokens.unit("450184101")).get("/api/assessment/scores/" + UNIT + "?year=2026")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.department("450102-fire", "450102")).get("/api/assessment/scores/" + UNIT
                + "?year=2026").then().statusCode(404);
        given().auth().oauth2(TestTokens.coordinator("4501")).get("/api/assessment/scores/" + UNIT + "?year=2026")
                .then().statusCode(200);
    }
}
