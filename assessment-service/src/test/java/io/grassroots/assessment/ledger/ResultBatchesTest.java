package io.grassroots.assessment.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.support.Db;
import io.grassroots.events.Topics;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: the ledger takes a poll's results in one transaction; a duplicate in the batch counts
 * once, and a poison record in its middle is dead-lettered alone while the others are counted.
 */
@QuarkusTest
class ResultBatchesTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Db db;

    private static ResultPublishedV1 result(String visit, String resultId, String unit) {
        return new ResultPublishedV1(resultId, visit, "plan-rb", unit, "450129-fire", "FIRE", LocalDate.of(2026, 4,
                10), "消防通道畅通", 4, List.of(), List.of(), "team-fire", Instant.parse("2026-04-10T08:00:00Z"));
    }

    private long facts(List<String> resultIds) {
        return db.count("select count(*) from result_fact where result_id in ("
                + resultIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ")");
    }

    @Test
    void aBatchWithADuplicateAndAPoisonRecordCountsTheGoodOnesOnceInOneTransaction() {
        String visit = UUID.randomUUID().toString();
        List<String> results = List.of("rb-" + UUID.randomUUID(), "rb-" + UUID.randomUUID(), "rb-" + UUID.randomUUID(),
                "rb-" + UUID.randomUUID(), "rb-" + UUID.randomUUID());
        List<String> events = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String poisonEvent = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher()) {
            // First a clean batch with a duplicate: one transaction, one effect per event.
            publisher.publishTogether(List.of(result(visit, results.get(0), "450129100"),
                    result(visit, results.get(1), "450129100"), result(visit, results.get(1), "450129100")),
                    List.of(events.get(0), events.get(1), events.get(1)));
            Awaitility.await().atMost(WAIT).until(() -> facts(results.subList(0, 2)) == 2);
            assertEquals(1, db.count("select count(distinct xmin::text) from result_fact where result_id in ('"
                    + results.get(0) + "', '" + results.get(1) + "')"), "the batch committed together");
            // Then a poison record between two good ones: a unit code longer than the column allows.
            publisher.publishTogether(List.of(result(visit, results.get(2), "450129100"),
                    result(visit, results.get(3), "4501291009999999"), result(visit, results.get(4), "450129100")),
                    List.of(events.get(2), poisonEvent, events.get(3)));
        }
        Awaitility.await().atMost(WAIT).until(() -> facts(List.of(results.get(2), results.get(4))) == 2);
        try (EventProbe dlq = EventProbe.of(Topics.deadLetterOf("assessment-service", Topics.INSPECTION_RESULTS))) {
            dlq.await(e -> poisonEvent.equals(e.id()), 1, WAIT);
            assertEquals(List.of(), dlq.drainToEnd(e -> events.contains(e.id())), "no good event dead-lettered");
        }
        assertEquals(0, facts(List.of(results.get(3))), "the poison record counted nothing");
        assertEquals(4, db.count("select count(*) from processed_event where event_id in ('"
                + String.join("', '", events) + "')"), "each good event recorded once");
    }
}
