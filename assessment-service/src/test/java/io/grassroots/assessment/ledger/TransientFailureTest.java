package io.grassroots.assessment.ledger;

import static io.grassroots.assessment.support.Events.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.grassroots.assessment.support.Events;
import io.grassroots.events.Topics;
import io.grassroots.events.plan.PlanSubmittedV1;
import io.grassroots.events.plan.QuotaV1;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: while PostgreSQL dropped the consumer's connections under a backlog, valid events went to
 * the dead-letter topic ("terminating connection due to administrator command") and their effect was
 * lost. Here the service's connections are terminated again and again while 300 events arrive: every
 * event must be applied, once, and none dead-lettered.
 */
@QuarkusTest
class TransientFailureTest {
    private static final String COUNTY = "450126";
    private static final String FIRE = COUNTY + "-fire";
    private static final int EVENTS = 300;

    /** The service's pool: its connections are dropped here, so it is emptied afterwards for the next tests. */
    @Inject
    AgroalDataSource pool;

    private static long count(String sql, Connection connection) throws java.sql.SQLException {
        synchronized (connection) {
            try (var rs = connection.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void eventsAreAppliedOnceThroughDroppedDatabaseConnectionsAndNoneIsDeadLettered() throws Exception {
        List<String> ids = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger terminated = new AtomicInteger();
        // A connection of its own, outside the service's pool, whose connections it ends.
        Connection own = DriverManager.getConnection(ConfigProvider.getConfig().getValue(
                "quarkus.datasource.jdbc.url", String.class), "postgres", "");
        Thread dropper = new Thread(() -> {
            while (!done.get()) {
                // What a PostgreSQL restart does to the service: every other connection of its database ends.
                try {
                    terminated.addAndGet((int) count("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                            + "where datname = current_database() and pid <> pg_backend_pid()", own));
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    return;
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        try (EventPublisher events = new EventPublisher();
                EventProbe dlq = EventProbe.of(Topics.deadLetterOf("assessment-service", Topics.PLAN_EVENTS))) {
            Events.directory(events, COUNTY, List.of(COUNTY + "100"), List.of(FIRE));
            dropper.start();
            for (int i = 0; i < EVENTS; i++) {
                ids.add(events.publish(new PlanSubmittedV1(plan("tf-" + i, FIRE, 2026, List.of(COUNTY + "100")),
                        List.of(), "fire", Instant.parse("2026-03-05T02:00:00Z"), new QuotaV1(500, 100))));
            }
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> dropper.isAlive() && count("select count(*) from plan_fact where plan_id like 'tf-%'",
                            own) >= EVENTS || !dropper.isAlive());
            assertTrue(dropper.isAlive(), "the connections were dropped until the end");
            done.set(true);
            dropper.join();
            assertTrue(terminated.get() > 0, "connections were dropped while the events were applied");
            assertEquals(EVENTS, count("select count(*) from plan_fact where plan_id like 'tf-%' "
                    + "and submitted_at is not null", own), "every event had its effect");
            assertEquals(EVENTS, count("select count(*) from processed_event where event_id in ('"
                    + String.join("', '", ids) + "')", own), "each event recorded once");
            Set<String> sent = Set.copyOf(ids);
            // The service's group is past every event sent: any dead letter of them is on its topic by now.
            EventProbe.awaitGroupAtEnd("assessment-service", Topics.PLAN_EVENTS, Duration.ofSeconds(60));
            assertEquals(List.of(), dlq.drainToEnd(e -> sent.contains(e.id())),
                    "no valid event was dead-lettered");
        } finally {
            done.set(true);
            dropper.join();
            own.close();
            pool.flush(AgroalDataSource.FlushMode.ALL);
        }
    }
}
