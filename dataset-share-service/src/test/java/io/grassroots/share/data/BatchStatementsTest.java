package io.grassroots.share.data;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.Topics;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.platform.inbox.BatchDelivery;
import io.grassroots.testing.CountingDriver;
import io.grassroots.share.support.CountedStatements;
import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: a batch of results costs a few statements in all, not a few per result (every statement is
 * counted at the JDBC driver, {@link CountingDriver}), and still stores each value once, in order, with
 * the fields waiting on it answered.
 */
@QuarkusTest
@TestProfile(CountedStatements.class)
class BatchStatementsTest extends ShareTest {
    @Inject
    BatchDelivery delivery;
    @Inject
    ResultConsumer consumer;
    @Inject
    ObjectMapper json;

    private long offset;

    private static ResultPublishedV1 result(String resultId, String unit, String period, int value) {
        return new ResultPublishedV1(resultId, UUID.randomUUID().toString(), UUID.randomUUID().toString(), unit,
                "450102-fire", "FIRE", LocalDate.of(2026, 4, 10), "消防通道畅通", 4, List.of(),
                List.of(new ResultPublishedV1.IndicatorValue("FIRE_INSPECTIONS_PASSED", period, BigDecimal.valueOf(
                        value))),
                "team-fire", Instant.parse("2026-04-10T08:00:00Z"));
    }

    private ConsumerRecord<String, String> record(String eventId, ResultPublishedV1 result) throws Exception {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.INSPECTION_RESULTS, 0, offset++,
                result.visitId(), json.writeValueAsString(result));
        record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", result.eventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Applies the records as one batch of the consumer's, in a transaction; the statements it ran. */
    private CountingDriver.Tally apply(List<ConsumerRecord<String, String>> records) {
        return CountingDriver.tally(() -> QuarkusTransaction.requiringNew().run(() -> delivery.applyTogether(records,
                consumer::apply)));
    }

    /** n results over three fields of one unit, in a fresh period; what their batch ran. */
    private CountingDriver.Tally batchOf(int n, String period) throws Exception {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        String[] units = { "450102001", "450102002", "450102003" };
        for (int i = 0; i < n; i++) {
            records.add(record(UUID.randomUUID().toString(), result(period + "-" + i, units[i % 3], period, i)));
        }
        CountingDriver.Tally tally = apply(records);
        assertEquals(n, db.count("select count(*) from data_value where period = ?", period), "every value stored");
        return tally;
    }

    /** The unit's values of the period as value|version, by version. */
    private String versions(String period) {
        return db.text("select string_agg(value || '|' || version, ',' order by version) from data_value "
                + "where unit_code = '450102001' and period = ?", period);
    }

    @Test
    void aBatchRunsTheSameFewStatementsHoweverManyResultsItHas() throws Exception {
        batchOf(3, "2031-01"); // the first batch of a fresh service may load what later ones find cached
        int few = batchOf(3, "2031-02").statements();
        int many = batchOf(60, "2031-03").statements();
        System.out.printf("statements per batch: %d for 3 results, %d for 60%n", few, many);
        assertTrue(few > 0, "the driver counted no statement");
        assertEquals(few, many, "statements for 3 results: " + few + ", for 60: " + many);
        // inbox, indicators, field locks, stored look-up, insert, outbox, tasks' and requests' fields
        assertTrue(many <= 8, "a batch of 60 results ran " + many + " statements");
    }

    @Test
    void aWarmBatchRunsNoQueryHibernateTranslatesAgain() throws Exception {
        batchOf(3, "2031-06"); // the plans of a first batch are cached once
        List<String> translated = new ArrayList<>(batchOf(3, "2031-07").hibernateQueries());
        translated.addAll(batchOf(60, "2031-08").hibernateQueries());
        System.out.printf("warm batches' queries through Hibernate: %s%n", translated);
        // Hibernate translates a query with a list parameter again on every call without counting a plan cache
        // miss (bench-results found the indicators' look-up a third of the consumer's CPU): the batch's
        // statements are constant JDBC texts with array parameters, none of them a Hibernate query.
        assertEquals(List.of(), translated, "queries Hibernate ran in a warm batch");
    }

    @Test
    void valuesOfOneFieldTakeSuccessiveVersionsAndDuplicatesHaveOneEffect() throws Exception {
        String period = "2031-04";
        ResultPublishedV1 first = result("v1-" + UUID.randomUUID(), "450102001", period, 1);
        ResultPublishedV1 second = result("v2-" + UUID.randomUUID(), "450102001", period, 2);
        String firstEvent = UUID.randomUUID().toString();
        // The first event twice in the batch, and the second result again under another event id.
        apply(List.of(record(firstEvent, first), record(firstEvent, first), record(UUID.randomUUID().toString(),
                second), record(UUID.randomUUID().toString(), second)));
        assertEquals("1|1,2|2", versions(period));
        // A third in a later batch, with the first delivered again: it takes the next version, the first nothing.
        ResultPublishedV1 third = result("v3-" + UUID.randomUUID(), "450102001", period, 3);
        apply(List.of(record(firstEvent, first), record(UUID.randomUUID().toString(), third)));
        assertEquals("1|1,2|2,3|3", versions(period));
    }

    @Test
    void aBatchAnswersTheRequestAndFulfilsTheTaskWaitingOnItsField() throws Exception {
        String period = "2031-05";
        String id = given().auth().oauth2(TestTokens.department("450102-emergency", "450102"))
                .contentType(ContentType.JSON).body(Map.of("title", "消防检查情况", "indicators",
                        List.of("FIRE_INSPECTIONS_PASSED"), "units", List.of("450102002"), "period", period,
                        "dueDate", "2031-06-30"))
                .post("/api/data-requests").then().statusCode(201).body("askedOfUnits", equalTo(1)).extract()
                .path("id");
        apply(List.of(record(UUID.randomUUID().toString(), result("r-" + UUID.randomUUID(), "450102001", period,
                5)), record(UUID.randomUUID().toString(), result("r-" + UUID.randomUUID(), "450102002", period, 7))));
        given().auth().oauth2(TestTokens.department("450102-emergency", "450102")).get("/api/data-requests/" + id)
                .then().statusCode(200).body("status", equalTo("ANSWERED")).body("fields[0].value", equalTo(7))
                .body("fields[0].answeredFrom", equalTo("SHARED"));
        assertEquals(1, db.count("select count(*) from task where unit_code = '450102002' and period = ? "
                + "and status = 'FULFILLED'", period), "the task asked of the unit is fulfilled");
    }
}
