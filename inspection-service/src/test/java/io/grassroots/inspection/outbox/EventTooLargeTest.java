package io.grassroots.inspection.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A change whose event the outbox could never publish is refused with a problem, and nothing of it commits. */
@QuarkusTest
class EventTooLargeTest {
    @Inject
    Db db;

    @Test
    void aChangeWithAnEventOverTheLimitIsA422ProblemNamingTheRuleAndRollsBack() {
        String key = "oversize-" + UUID.randomUUID();
        given().post("/test/oversize-change/" + key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:event-too-large"))
                .body("violations[0].rule", equalTo("EVENT_TOO_LARGE"))
                .body("detail", containsString("plan.approved.v1"))
                .body("detail", containsString("over the limit of 16.0 MiB"));
        assertEquals(0, db.count("select count(*) from outbox_event where event_key in (?, ?)", key, "unit:" + key),
                "the change's first, small event is rolled back with it");
    }
}
