package io.grassroots.assessment.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.support.Db;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.testing.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An event delivered twice (the same CloudEvents id) is applied once, and the inbox counts the drop
 * as {@code inbox_duplicates_dropped_total} on /q/metrics, which the fault suite reads.
 */
@QuarkusTest
class RedeliveryCountTest {
    private static final String UNIT = "450128100";

    @Inject
    Db db;

    @Test
    void aRedeliveryIsDroppedAndCounted() {
        double before = dropped();
        String id = UUID.randomUUID().toString();
        try (EventPublisher events = new EventPublisher()) {
            events.publish(new UnitUpsertedV1(UNIT, "第一次", "TOWNSHIP", "450128", "450128", "4501", "45"), id);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count(
                    "select count(*) from unit where code = '" + UNIT + "'") == 1);
            // The same id with other data: were it applied, the name would change.
            events.publish(new UnitUpsertedV1(UNIT, "第二次", "TOWNSHIP", "450128", "450128", "4501", "45"), id);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> dropped() >= before + 1);
        }
        assertEquals(before + 1, dropped(), "one redelivery dropped");
        assertEquals(1, db.count("select count(*) from unit where code = '" + UNIT + "' and name = '第一次'"),
                "the redelivery had no effect");
        // The fault suite tells a restarted service (whose counter starts again at 0) by its start time.
        given().get("/q/metrics").then().body(containsString("process_start_time_seconds "));
    }

    private static double dropped() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // With tracing on, a sample may carry an exemplar after " # " ("… 1.0 # {trace_id=…} 1.0 1.7E9").
        return metrics.lines().filter(l -> l.startsWith("inbox_duplicates_dropped_total"))
                .map(l -> l.contains(" # ") ? l.substring(0, l.indexOf(" # ")) : l)
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
