package io.grassroots.share.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.events.Topics;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.platform.inbox.DroppedRedeliveries;
import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: a poll's results are applied in one transaction (one commit for many), with the inbox's
 * guarantees: a duplicate in the batch or a batch delivered again has one effect, and a poison record
 * in the middle is dead-lettered alone while the others are stored. Each batch is published in one
 * produce request under one key, so the service receives it in one poll.
 */
@QuarkusTest
class ResultBatchesTest extends ShareTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DroppedRedeliveries dropped;

    private static ResultPublishedV1 result(String visit, String resultId, String unit, int value) {
        return new ResultPublishedV1(resultId, visit, UUID.randomUUID().toString(), unit, "450102-fire", "FIRE",
                LocalDate.of(2026, 4, 10), "消防通道畅通", 4, List.of(),
                List.of(new ResultPublishedV1.IndicatorValue("FIRE_INSPECTIONS_PASSED", "2026", BigDecimal.valueOf(
                        value))),
                "team-fire", Instant.parse("2026-04-10T08:00:00Z"));
    }

    private static String ids(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }

    private long stored(List<String> resultIds) {
        return db.count("select count(*) from data_value where source = 'INSPECTION' and source_ref in ("
                + ids(resultIds) + ")");
    }

    private long processed(List<String> eventIds) {
        return db.count("select count(*) from processed_event where event_id in (" + ids(eventIds) + ")");
    }

    private static List<String> fresh(int n) {
        return java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(n).toList();
    }

    @Test
    void aBatchCommitsInOneTransactionAndADuplicateInItHasOneEffect() {
        String visit = UUID.randomUUID().toString();
        List<String> results = fresh(3);
        List<String> events = fresh(3);
        double droppedBefore = dropped.count();
        try (EventPublisher publisher = new EventPublisher()) {
            // The second result's event twice, right after itself: the inbox must see its own batch.
            publisher.publishTogether(List.of(result(visit, results.get(0), "450102001", 1),
                    result(visit, results.get(1), "450102001", 2), result(visit, results.get(1), "450102001", 2),
                    result(visit, results.get(2), "450102001", 3)),
                    List.of(events.get(0), events.get(1), events.get(1), events.get(2)));
        }
        Awaitility.await().atMost(WAIT).until(() -> stored(results) == 3);
        assertEquals(3, processed(events), "each event recorded once");
        Awaitility.await().atMost(WAIT).until(() -> dropped.count() - droppedBefore >= 1);
        assertEquals(1, dropped.count() - droppedBefore, "the duplicate dropped by the inbox, once");
        // Rows written by one transaction carry its id.
        assertEquals(1, db.count("select count(distinct xmin::text) from data_value where source = 'INSPECTION' "
                + "and source_ref in (" + ids(results) + ")"), "the batch's values committed together");
    }

    @Test
    void aPoisonRecordInTheMiddleIsDeadLetteredAloneAndTheOthersAreStored() {
        String visit = UUID.randomUUID().toString();
        List<String> results = fresh(5);
        List<String> events = fresh(5);
        // Reads as an event, fails when stored: a unit code longer than the column (varchar(12)) allows.
        ResultPublishedV1 poison = result(visit, results.get(2), "4501020019999999", 7);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publishTogether(List.of(result(visit, results.get(0), "450102002", 1),
                    result(visit, results.get(1), "450102002", 2), poison,
                    result(visit, results.get(3), "450102002", 4),
                    result(visit, results.get(4), "450102002", 5)), events);
        }
        List<String> good = List.of(results.get(0), results.get(1), results.get(3), results.get(4));
        Awaitility.await().atMost(WAIT).until(() -> stored(good) == 4);
        try (EventProbe dlq = EventProbe.of(Topics.deadLetterOf("dataset-share-service", Topics.INSPECTION_RESULTS))) {
            dlq.await(e -> events.get(2).equals(e.id()), 1, WAIT);
            assertEquals(List.of(), dlq.drainToEnd(e -> events.contains(e.id()) && !events.get(2).equals(e.id())),
                    "only the poison record was dead-lettered");
        }
        assertEquals(0, stored(List.of(results.get(2))), "the poison record stored nothing");
        assertEquals(4, processed(events), "the four good events recorded, the poison one not");
    }

    @Test
    void aWholeBatchDeliveredAgainIsAppliedOnce() {
        String visit = UUID.randomUUID().toString();
        List<String> results = fresh(3);
        List<String> events = fresh(3);
        List<ResultPublishedV1> batch = List.of(result(visit, results.get(0), "450102003", 1),
                result(visit, results.get(1), "450102003", 2), result(visit, results.get(2), "450102003", 3));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publishTogether(batch, events);
            Awaitility.await().atMost(WAIT).until(() -> stored(results) == 3);
            double droppedBefore = dropped.count();
            // The same batch again (a consumer that restarted before committing its offsets), then a marker.
            publisher.publishTogether(batch, events);
            String marker = UUID.randomUUID().toString();
            publisher.publishTogether(List.of(result(visit, marker, "450102003", 9)), List.of(UUID.randomUUID()
                    .toString()));
            Awaitility.await().atMost(WAIT).until(() -> stored(List.of(marker)) == 1);
            Awaitility.await().atMost(WAIT).until(() -> dropped.count() - droppedBefore >= 3);
            assertEquals(3, dropped.count() - droppedBefore, "each event of the batch dropped once");
        }
        assertEquals(3, stored(results), "each value stored once");
        assertEquals(3, processed(events), "each event recorded once");
    }
}
