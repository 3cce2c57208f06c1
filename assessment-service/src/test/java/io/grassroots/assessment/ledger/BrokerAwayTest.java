package io.grassroots.assessment.ledger;

import static io.grassroots.assessment.support.Events.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.grassroots.assessment.support.Events;
import io.grassroots.events.Topics;
import io.grassroots.events.plan.PlanSubmittedV1;
import io.grassroots.events.plan.QuotaV1;
import io.grassroots.testing.EventPublisher;
import io.grassroots.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's broker row once found a consumer that read nothing more after the broker came back:
 * SmallRye's default commit strategy looked up a partition's committed offset when the first record after
 * an assignment reached the application, that lookup timed out (default.api.timeout.ms) while the broker
 * was away, and the failure ended the channel for good. Here that moment is made on purpose, with the
 * timeout shortened to 5 s: the consumer is held inside a batch of one partition (a lock on the ledger's
 * table) while it has already fetched the first record of another; the broker stops, the lock goes, and
 * the broker stays away longer than the timeout. Every event, that one and one sent after the broker is
 * back, must still reach the ledger, and the group's commits that failed meanwhile must land after all.
 */
@QuarkusTest
@TestProfile(BrokerAwayTest.ShortApiTimeout.class)
class BrokerAwayTest {
    private static final String COUNTY = "450123";
    private static final String FIRE = COUNTY + "-fire";
    private static final String UNIT = COUNTY + "100";

    /** A consumer's Kafka calls give up after 5 s instead of 60, so that the broker's outage can outlast them. */
    public static class ShortApiTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.default.api.timeout.ms", "5000");
        }
    }

    @Inject
    KafkaClientService clients;

    @Test
    void theConsumerGoesOnAfterTheBrokerWasAwayLongerThanItsCallsWait() throws Exception {
        Assumptions.assumeTrue(KafkaTestResource.ownsBroker(), "the broker is an outside cluster: not stopped");
        int partitions = (int) consumer(c -> (long) c.partitionsFor(Topics.PLAN_EVENTS).size());
        assertTrue(partitions > 1, "plan-events has " + partitions + " partition(s): the test needs two");
        String warm = "ba-warm";
        // Held: on the partition the warm-up event used, whose committed offset the consumer knows already.
        // First: the first record on another partition since the consumer's assignment.
        String held = key("ba-held-", partitions, p -> p == partition(warm, partitions));
        String first = key("ba-first-", partitions, p -> p != partition(warm, partitions));
        try (EventPublisher events = new EventPublisher();
                Connection own = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                        config("quarkus.datasource.username"), config("quarkus.datasource.password"))) {
            Events.directory(events, COUNTY, List.of(UNIT), List.of(FIRE));
            submit(events, warm);
            awaitInLedger(own, warm, Duration.ofSeconds(60));

            own.setAutoCommit(false);
            try (Statement lock = own.createStatement()) {
                // The consumer's next batch waits on this lock, so that what it fetches next stays queued.
                lock.execute("lock table plan_fact in access exclusive mode");
            }
            submit(events, held);
            // Only once the consumer waits on the lock inside held's batch does first go out: in a poll of its
            // own, it is handed to the application after that batch, when the broker is gone.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(own, "select count(*) from "
                    + "pg_locks where relation = 'plan_fact'::regclass and not granted") > 0);
            submit(events, first);
            TopicPartition queued = new TopicPartition(Topics.PLAN_EVENTS, partition(first, partitions));
            long end = consumer(c -> c.endOffsets(Set.of(queued)).get(queued));
            // Fetched, not yet handed to the application: it is still inside the held batch.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumer(c -> c.assignment().contains(queued)
                    ? c.position(queued) : 0L) >= end);

            KafkaTestResource.broker().stop();
            try {
                own.rollback();
                own.setAutoCommit(true);
                // Away for longer than the 5 s a committed-offset lookup may take.
                Thread.sleep(8_000);
            } finally {
                KafkaTestResource.broker().start();
            }
            String after = "ba-after";
            submit(events, after);
            for (String id : List.of(held, first, after)) {
                awaitInLedger(own, id, Duration.ofSeconds(60));
            }
            // The commits of held's and first's polls failed while the broker was away; each is tried again
            // (commit-strategy=latest-retried) rather than left for a next record that may never come.
            for (String id : List.of(held, first)) {
                TopicPartition partition = new TopicPartition(Topics.PLAN_EVENTS, partition(id, partitions));
                long last = consumer(c -> c.endOffsets(Set.of(partition)).get(partition));
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertEquals(last, consumer(c -> committed(c, partition)),
                                "the group's committed offset of " + partition + ", whose last event is " + id));
            }
        }
    }

    private static void submit(EventPublisher events, String id) {
        events.publish(new PlanSubmittedV1(plan(id, FIRE, 2026, List.of(UNIT)), List.of(), "fire",
                Instant.parse("2026-03-05T02:00:00Z"), new QuotaV1(500, 100)));
    }

    /** Asks the service's plan-events consumer, on its own polling thread. */
    private long consumer(Function<Consumer<Object, Object>, Long> question) {
        return clients.<Object, Object>getConsumer(Topics.PLAN_EVENTS).runOnPollingThread(question).await()
                .atMost(Duration.ofSeconds(10));
    }

    private static long committed(Consumer<Object, Object> consumer, TopicPartition partition) {
        var committed = consumer.committed(Set.of(partition)).get(partition);
        return committed == null ? -1 : committed.offset();
    }

    private static void awaitInLedger(Connection own, String plan, Duration within) {
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertNotEquals(0,
                count(own, "select count(*) from plan_fact where plan_id = '" + plan + "'"), plan + " in the ledger"));
    }

    private static long count(Connection own, String sql) throws java.sql.SQLException {
        try (Statement st = own.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The partition a plan's events go to (Kafka's default partitioner over the plan id, the events' key). */
    private static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse("");
    }

    /** The first key of the prefix and a number whose partition is one the test wants. */
    private static String key(String prefix, int partitions, IntPredicate wanted) {
        for (int i = 0;; i++) {
            if (wanted.test(partition(prefix + i, partitions))) {
                return prefix + i;
            }
        }
    }
}
