package io.grassroots.assessment.ledger;

import static io.grassroots.assessment.support.Events.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.assessment.support.Db;
import io.grassroots.assessment.support.Events;
import io.grassroots.events.Topics;
import io.grassroots.events.visit.VisitScheduledV1;
import io.grassroots.infra.DeadLetterReplay;
import io.grassroots.testing.EventPublisher;
import io.grassroots.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A dead-lettered event, once its cause is fixed, goes back to its topic with the replay command and
 * is applied, once; a second replay sends nothing again.
 */
@QuarkusTest
class DeadLetterReplayTest {
    private static final String COUNTY = "450127";

    @Inject
    Db db;

    @Test
    void aReplayedDeadLetterIsAppliedOnceAndNotSentTwice() throws Exception {
        String group = "assessment-service";
        try (EventPublisher events = new EventPublisher()) {
            Events.directory(events, COUNTY, List.of(COUNTY + "100"), List.of(COUNTY + "-fire"));
            // As the dead-letter topic holds an event that failed while its cause lasted.
            events.publishTo(Topics.deadLetterOf(group, Topics.VISIT_EVENTS), new VisitScheduledV1(visit("dl-v1",
                    COUNTY + "100", 2026, List.of(LocalDate.parse("2026-06-02")), "PLANNED", "dl-p1:" + COUNTY
                            + "-fire"),
                    Instant.parse("2026-03-05T02:00:00Z")));
            assertEquals(0, db.count("select count(*) from visit_fact where visit_id = 'dl-v1'"));

            int sent = DeadLetterReplay.replay(KafkaTestResource.bootstrapServers(), group, Topics.VISIT_EVENTS);
            assertTrue(sent >= 1, "the dead-lettered event was sent back");
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count(
                    "select count(*) from visit_fact where visit_id = 'dl-v1'") == 1);
            assertEquals(0, DeadLetterReplay.replay(KafkaTestResource.bootstrapServers(), group,
                    Topics.VISIT_EVENTS), "a second replay sends only what was dead-lettered since");
        }
    }
}
