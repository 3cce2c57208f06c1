package io.grassroots.inspection.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.events.Topics;
import io.grassroots.inspection.support.Db;
import io.grassroots.platform.outbox.TopicProvisioner;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventProbe.ReceivedEvent;
import io.grassroots.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A row Kafka refuses for good is parked with its reason: later rows of its key wait behind it (also
 * within the batch it was sent in), other keys go on, readiness stays UP and reports it, and an
 * operator's release sends it and then the rest of its key, in order.
 */
@QuarkusTest
class ParkedEventsTest {
    private static final String TYPE = "test.parked.v1";
    private final String stuckKey = "parked-" + UUID.randomUUID();
    private final String otherKey = "other-" + UUID.randomUUID();

    @Inject
    Db db;
    @Inject
    TopicProvisioner topics;

    @AfterEach
    void leaveNothingWaiting() {
        // The outage test waits for an empty outbox: nothing of these rows may stay behind.
        db.update("delete from outbox_event where event_key in (?, ?) and published_at is null", stuckKey, otherKey);
    }

    @Test
    void aRecordTheProducerRefusesIsParkedItsKeyWaitsOtherKeysGoOnAndAReleaseSendsBothInOrder() throws Exception {
        // Over the producer's limit (16 MiB of event and its envelope): a row only SQL can write, since the
        // outbox refuses such an event at write time.
        String tooLarge = "{\"pad\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}";
        long[] ids = insert(stuckKey, tooLarge, stuckKey, "{\"n\":2}", otherKey, "{\"n\":3}");
        long stuck = ids[0];
        long behind = ids[1];
        long other = ids[2];

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> published(other));
        String reason = db.text("select park_reason from outbox_event where id = ?", stuck);
        assertNotNull(reason, "parked");
        assertTrue(reason.startsWith("RecordTooLargeException"), reason);
        assertNull(db.text("select published_at::text from outbox_event where id = ?", stuck));
        assertNull(db.text("select parked_at::text from outbox_event where id = ?", behind), "waits, not parked");
        assertFalse(published(behind), "waits behind the parked row of its key");

        // Readiness stays UP and says how many rows are parked; so does the gauge.
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name.startsWith('outbox') }.data.parkedEvents", is(1));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("outbox_parked 1.0")));

        try (EventProbe probe = EventProbe.of(Topics.PLAN_EVENTS)) {
            probe.await(e -> otherKey.equals(e.key()), 1, Duration.ofSeconds(30));
            // Everything on the topic so far, the other key's event of the same batch included.
            assertEquals(List.of(), probe.drainToEnd(e -> stuckKey.equals(e.key())),
                    "nothing of the parked key went out, though both rows were in one batch");

            // The operator fixes the cause (here: the event) and releases the row as RELIABILITY.md says.
            db.update("update outbox_event set payload = '{\"n\":1}' where id = ?", stuck);
            db.update("update outbox_event set parked_at = null, park_reason = null where id = ?", stuck);
            List<ReceivedEvent> released = probe.await(e -> stuckKey.equals(e.key()), 2, Duration.ofSeconds(30));
            assertEquals(List.of("{\"n\":1}", "{\"n\":2}"), released.stream().map(ReceivedEvent::data).toList(),
                    "the released row first, then the one that waited behind it");
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("outbox_parked 0.0")));
    }

    @Test
    void aRecordTheTopicRefusesIsParkedAndTheNextRowOfItsKeyInTheSameBatchIsNotSent() throws Exception {
        // The broker, not the producer, refuses it: a topic whose limit is lower than the outbox's.
        ConfigResource planEvents = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PLAN_EVENTS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers()))) {
            setLimit(admin, planEvents, "65536");
            try {
                byte[] noise = new byte[200_000];
                new Random(7).nextBytes(noise);
                long[] ids = insert(stuckKey, "{\"pad\":\"" + Base64.getEncoder().encodeToString(noise) + "\"}",
                        stuckKey, "{\"n\":2}", otherKey, "{\"n\":3}");
                long stuck = ids[0];
                long behind = ids[1];
                long other = ids[2];

                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> published(other)
                        && db.text("select park_reason from outbox_event where id = ?", stuck) != null);
                assertTrue(db.text("select park_reason from outbox_event where id = ?", stuck)
                        .startsWith("RecordTooLargeException"));
                // Sent together, the row behind could have been written while the first was refused.
                assertFalse(published(behind), "a key's next row goes only after the one before it was acknowledged");
                try (EventProbe probe = EventProbe.of(Topics.PLAN_EVENTS)) {
                    probe.await(e -> otherKey.equals(e.key()), 1, Duration.ofSeconds(30));
                    assertEquals(List.of(), probe.drainToEnd(e -> stuckKey.equals(e.key())));
                }
            } finally {
                assertTrue(topics.provision(), "the outbox's limit is back for the tests that follow");
            }
        }
    }

    private static void setLimit(Admin admin, ConfigResource topic, String bytes) throws Exception {
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(new ConfigEntry(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, bytes), AlterConfigOp.OpType.SET)))).all()
                .get(15, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> bytes.equals(admin.describeConfigs(List.of(
                topic)).all().get(15, TimeUnit.SECONDS).get(topic).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()));
    }

    private boolean published(long id) {
        return db.count("select count(*) from outbox_event where id = ? and published_at is not null", id) == 1;
    }

    /**
     * Writes outbox rows (key, payload, key, payload, ...) as Outbox does but without its checks, in one
     * transaction, so that the relay reads them in one batch; returns their ids.
     */
    private long[] insert(String... keysAndPayloads) throws Exception {
        long[] ids = new long[keysAndPayloads.length / 2];
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into outbox_event (event_id, topic, event_key, "
                    + "event_type, subject, payload, created_at) values (?, ?, ?, ?, ?, ?, now()) returning id")) {
                for (int i = 0; i < ids.length; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, Topics.PLAN_EVENTS);
                    insert.setString(3, keysAndPayloads[2 * i]);
                    insert.setString(4, TYPE);
                    insert.setString(5, keysAndPayloads[2 * i]);
                    insert.setString(6, keysAndPayloads[2 * i + 1]);
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        ids[i] = rs.getLong(1);
                    }
                }
            }
            c.commit();
        }
        return ids;
    }
}
