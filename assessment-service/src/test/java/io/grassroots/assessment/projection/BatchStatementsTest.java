package io.grassroots.assessment.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.assessment.support.Db;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import io.grassroots.events.data.DataReportedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.platform.inbox.BatchDelivery;
import io.grassroots.testing.CountingDriver;
import io.grassroots.testing.PolledBatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: a batch of results or of shared values costs the ledger the same few statements however many
 * it holds, also as a poll handed to the live data-events consumer (counted at the JDBC driver,
 * {@link CountingDriver}, which every test runs on), with each event still having one effect; a poll of the
 * directory is one transaction.
 */
@QuarkusTest
class BatchStatementsTest {
    @Inject
    BatchDelivery delivery;
    @Inject
    EventConsumer consumer;
    @Inject
    ObjectMapper json;
    @Inject
    Db db;

    private long offset;

    private static ResultPublishedV1 result(String resultId) {
        return new ResultPublishedV1(resultId, UUID.randomUUID().toString(), "plan-bs", "450129100", "450129-fire",
                "FIRE", LocalDate.of(2026, 4, 10), "消防通道畅通", 4, List.of(), List.of(), "team-fire", Instant.parse(
                        "2026-04-10T08:00:00Z"));
    }

    private static DataReportedV1 value(String unit, String period, int value, int version) {
        return new DataReportedV1(unit, "FIRE_INSPECTIONS_PASSED", period, BigDecimal.valueOf(value), version,
                "INSPECTION", "bs-" + UUID.randomUUID(), Instant.parse("2026-04-10T08:00:00Z"));
    }

    private ConsumerRecord<String, String> record(String topic, String eventId, PlatformEvent event)
            throws Exception {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, offset++, event.subject(), json
                .writeValueAsString(event));
        record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", event.eventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Applies the records as one batch of the consumer's, in a transaction; the statements it ran. */
    private int apply(List<ConsumerRecord<String, String>> records) {
        return CountingDriver.count(() -> QuarkusTransaction.requiringNew().run(() -> delivery.applyTogether(records,
                consumer::applyTogether)));
    }

    private int results(int n) throws Exception {
        String prefix = "bs-" + UUID.randomUUID() + "-";
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(record(Topics.INSPECTION_RESULTS, UUID.randomUUID().toString(), result(prefix + i)));
        }
        int statements = apply(records);
        assertEquals(n, db.count("select count(*) from result_fact where result_id like '" + prefix + "%'"),
                "every result counted");
        return statements;
    }

    private int values(int n, String period) throws Exception {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(record(Topics.DATA_EVENTS, UUID.randomUUID().toString(), value(String.format("4501299%02d",
                    i), period, i, 1)));
        }
        int statements = apply(records);
        assertEquals(n, db.count("select count(*) from unit_value where period = '" + period + "'"),
                "every value stored");
        return statements;
    }

    @Test
    void aBatchOfResultsRunsTheSameFewStatementsHoweverManyItHas() throws Exception {
        results(3); // the first batch of a fresh service may load what later ones find cached
        assertFewStatements("results", results(3), results(60)); // the inbox, the facts
    }

    @Test
    void aBatchOfValuesRunsTheSameFewStatementsHoweverManyItHas() throws Exception {
        values(3, "2032-01");
        assertFewStatements("values", values(3, "2032-02"), values(60, "2032-03")); // the inbox, the values
    }

    /** A poll of data events handed to the live consumer, with its transaction, commit and acknowledgement. */
    private int polled(int n, String period) throws Exception {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(record(Topics.DATA_EVENTS, UUID.randomUUID().toString(), value(String.format("4501298%02d",
                    i), period, i, 1)));
        }
        int statements = CountingDriver.count(() -> PolledBatch.deliverCleanly(records, consumer::onData));
        assertEquals(n, db.count("select count(*) from unit_value where period = '" + period + "'"),
                "every value stored");
        return statements;
    }

    @Test
    void aPollOfDataEventsCostsTheLiveConsumerTheSameFewStatementsHoweverManyItHas() throws Exception {
        polled(3, "2033-01");
        assertFewStatements("data events through onData", polled(3, "2033-02"), polled(60, "2033-03"));
    }

    @Test
    void aPollOfTheDirectoryIsOneTransactionInOffsetOrderAndARedeliveryChangesNothing() throws Exception {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(record(Topics.DIRECTORY, UUID.randomUUID().toString(), new UnitUpsertedV1(String.format(
                    "45012996%04d", i), "村" + i, "VILLAGE", "450129100", "450129", "4501", "45")));
        }
        // A unit renamed later in the same poll: the later event wins.
        records.add(record(Topics.DIRECTORY, UUID.randomUUID().toString(), new UnitUpsertedV1("450129960007",
                "新村", "VILLAGE", "450129100", "450129", "4501", "45")));
        PolledBatch.deliverCleanly(records, consumer::onDirectory);
        assertEquals(40, db.count("select count(*) from unit where code like '45012996%'"), "every unit kept");
        assertEquals(1, db.count("select count(distinct xmin::text) from unit where code like '45012996%'"),
                "the whole poll written by one transaction");
        assertEquals("新村", db.text("select name from unit where code = '450129960007'"));

        PolledBatch.deliverCleanly(records.subList(0, 10), consumer::onDirectory); // delivered again: the inbox drops them
        assertEquals("新村", db.text("select name from unit where code = '450129960007'"),
                "a redelivered older event does not undo the later one");
    }

    /** A batch of 3 and one of 60 ran the same statements, and no more than two. */
    private static void assertFewStatements(String what, int few, int many) {
        System.out.printf("ledger statements per batch of %s: %d for 3, %d for 60%n", what, few, many);
        assertTrue(few > 0, "the driver counted no statement");
        assertEquals(few, many, "statements for 3 " + what + ": " + few + ", for 60: " + many);
        assertTrue(many <= 2, "a batch of 60 " + what + " ran " + many + " statements");
    }

    @Test
    void duplicatesAndRedeliveredBatchesHaveOneEffect() throws Exception {
        String resultId = "bs-" + UUID.randomUUID();
        String resultEvent = UUID.randomUUID().toString();
        ResultPublishedV1 r = result(resultId);
        String period = "2032-04";
        List<String> events = List.of(resultEvent, UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID
                .randomUUID().toString());
        // The result twice under one event id and once under another; version 2 of a value before version 1.
        List<ConsumerRecord<String, String>> batch = List.of(record(Topics.INSPECTION_RESULTS, resultEvent, r),
                record(Topics.INSPECTION_RESULTS, resultEvent, r), record(Topics.INSPECTION_RESULTS, events.get(1), r),
                record(Topics.DATA_EVENTS, events.get(2), value("450129100", period, 2, 2)), record(Topics.DATA_EVENTS,
                        events.get(3), value("450129100", period, 1, 1)));
        apply(batch);
        apply(batch); // delivered again
        assertEquals(1, db.count("select count(*) from result_fact where result_id = '" + resultId + "'"));
        assertEquals("2|2", db.text("select value || '|' || version from unit_value where period = '" + period
                + "'"), "the later version kept, whatever the order");
        assertEquals(4, db.count("select count(*) from processed_event where event_id in ('" + String.join("', '",
                events) + "')"), "each event recorded once");
    }
}
