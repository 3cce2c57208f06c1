package io.grassroots.assessment.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.feedback.FeedbackRatings;
import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.projection.Projections;
import io.grassroots.assessment.support.Db;
import io.grassroots.events.Topics;
import io.grassroots.infra.PostgresServer;
import io.grassroots.platform.inbox.IncomingEvent;
import io.grassroots.testing.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Replaying every topic from the start into an empty database (shuffled, and with a share of the
 * events delivered twice) rebuilds exactly the ledger the live consumers built.
 */
@QuarkusTest
class ReplayTest {
    private static final List<String> TOPICS = List.of(Topics.DIRECTORY, Topics.PLAN_EVENTS, Topics.VISIT_EVENTS,
            Topics.INSPECTION_RESULTS, Topics.DATA_EVENTS);
    private static final FeedbackRatings RATINGS = new FeedbackRatings();

    @Inject
    Db db;
    @Inject
    ObjectMapper json;

    @Test
    void replayingEveryTopicIntoAnEmptyDatabaseRebuildsTheSameLedger() throws Exception {
        LedgerOverKafkaTest.publishYear("450183");
        PostgresServer postgres = PostgresServer.fromEnvironment();
        String name = "assessment_replay_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.ensureDatabase(name);
        try {
            Flyway.configure().dataSource(postgres.jdbcUrl(name), postgres.user(), postgres.password())
                    .locations("classpath:db/migration").load().migrate();
            List<ConsumerRecord<String, String>> records = readEverything();
            Random random = new Random(2026);
            List<ConsumerRecord<String, String>> delivery = new ArrayList<>(records);
            for (int i = 0; i < records.size() / 5; i++) {
                delivery.add(records.get(random.nextInt(records.size())));
            }
            Collections.shuffle(delivery, random);
            try (Connection replay = DriverManager.getConnection(postgres.jdbcUrl(name), postgres.user(),
                    postgres.password())) {
                replay.setAutoCommit(false);
                Set<String> applied = new HashSet<>();
                for (ConsumerRecord<String, String> record : delivery) {
                    IncomingEvent incoming;
                    try {
                        incoming = IncomingEvent.of(record, json);
                    } catch (IncomingEvent.MalformedEventException e) {
                        // The live consumer sent it to the dead-letter topic; so does a replay.
                        continue;
                    }
                    // The live consumers' inbox drops a redelivery; the replay's set of applied ids does the same.
                    if (applied.add(incoming.id())) {
                        Projections.apply(replay, incoming.id(), incoming.event());
                    }
                    replay.commit();
                }
                copyFeedback(replay);
                replay.commit();
                Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    try (Connection live = db.connection()) {
                        for (int year : List.of(2026, 2027)) {
                            assertEquals(LedgerQuery.departments(live, year, null, RATINGS),
                                    LedgerQuery.departments(replay, year, null, RATINGS), "ledger " + year);
                        }
                        assertEquals(LedgerQuery.unitMonths(live, "450183100", 2026, 4),
                                LedgerQuery.unitMonths(replay, "450183100", 2026, 4));
                        assertEquals(facts(live), facts(replay));
                    }
                });
                assertEquals(3, LedgerQuery.departments(replay, 2026, "450183", RATINGS).size(),
                        "the county's year is there");
            }
        } finally {
            postgres.dropDatabase(name);
        }
    }

    /** Feedback is this service's own record, not an event: a rebuild keeps it. */
    private void copyFeedback(Connection replay) throws Exception {
        try (Connection live = db.connection()) {
            for (Object[] f : Jdbc.query(live, "select id, unit_code, item_type, item_id, rating, comment, created_at, "
                    + "updated_at from feedback",
                    rs -> new Object[] { rs.getObject(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7),
                            rs.getTimestamp(8) })) {
                Jdbc.update(replay, "insert into feedback (id, unit_code, item_type, item_id, rating, comment, "
                        + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", f);
            }
        }
    }

    private static List<String> facts(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        out.addAll(Jdbc.query(c, "select plan_id || status || targets from plan_fact order by plan_id",
                rs -> rs.getString(1)));
        out.addAll(Jdbc.query(c, "select visit_id || days || status || cancelled from visit_fact order by visit_id",
                rs -> rs.getString(1)));
        out.addAll(Jdbc.query(c, "select unit_code || indicator || period || value || version from unit_value "
                + "order by 1", rs -> rs.getString(1)));
        out.addAll(Jdbc.query(c, "select count(*)::text from result_fact", rs -> rs.getString(1)));
        return out;
    }

    /** Every record of the topics the ledger reads, from the first offset until nothing new arrives. */
    private static List<ConsumerRecord<String, String>> readEverything() {
        Properties config = EventProbe.fromTheStart("replay");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(TOPICS);
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(4).toNanos()) {
                var batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    batch.forEach(records::add);
                    quietSince = System.nanoTime();
                }
            }
        }
        return records;
    }
}
