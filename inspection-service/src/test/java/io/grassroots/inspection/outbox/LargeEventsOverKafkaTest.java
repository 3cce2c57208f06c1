package io.grassroots.inspection.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.Topics;
import io.grassroots.inspection.support.Db;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.platform.outbox.OutboxConfig;
import io.grassroots.platform.outbox.TopicProvisioner;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventProbe.ReceivedEvent;
import io.grassroots.testing.KafkaTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Events over Kafka's default 1 MB limit (a plan over a province or the country lists every target
 * unit) go out once and whole, and every topic of the outbox takes them.
 */
@QuarkusTest
class LargeEventsOverKafkaTest {
    @Inject
    Outbox outbox;
    @Inject
    OutboxConfig config;
    @Inject
    TopicProvisioner topics;
    @Inject
    ObjectMapper json;
    @Inject
    Db db;

    @Test
    void aPlanOverThreeHundredThousandUnitsArrivesOnceAndWhole() throws Exception {
        String planId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(BigPlanEvents.approved(planId, 300_000)));
        String written = db.text("select payload from outbox_event where event_key = ?", planId);
        assertTrue(written.getBytes(StandardCharsets.UTF_8).length > 4_000_000, "about 15 bytes a unit");

        // Before, the producer refused it (RecordTooLargeException) and the relay sent it again every second.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count(
                "select count(*) from outbox_event where event_key = ? and published_at is not null", planId) == 1);
        assertNull(db.text("select park_reason from outbox_event where event_key = ?", planId));

        // The probe reads with a consumer's default fetch sizes (1 MB a partition), as the services' channels do.
        try (EventProbe probe = EventProbe.of(Topics.PLAN_EVENTS)) {
            ReceivedEvent received = probe.await(e -> planId.equals(e.key()), 1, Duration.ofSeconds(60)).get(0);
            assertEquals("plan.approved.v1", received.type());
            assertEquals(written, received.data(), "intact");
            JsonNode units = json.readTree(received.data()).path("plan").path("targetUnits");
            assertEquals(300_000, units.size());
            assertEquals(1, probe.drainToEnd(e -> planId.equals(e.key())).size(), "once");
        }
    }

    @Test
    void everyTopicTakesTheOutboxLimitAndALowerLimitIsRaisedAgain() throws Exception {
        String limit = String.valueOf(config.maxEventBytes() + OutboxConfig.ENVELOPE_BYTES);
        assertEquals(String.valueOf(16 * 1024 * 1024 + 64 * 1024), limit, "16 MiB of event and its envelope");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers()))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> topics.ensureTopics());
            for (String topic : config.topics()) {
                assertEquals(limit, maxMessageBytes(admin, topic), topic);
            }

            // A topic made before this limit (or by hand) has the broker's default of about 1 MB.
            ConfigResource planEvents = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PLAN_EVENTS);
            admin.incrementalAlterConfigs(Map.of(planEvents, List.of(new AlterConfigOp(new ConfigEntry(
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048588"), AlterConfigOp.OpType.SET))))
                    .all().get(15, TimeUnit.SECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> "1048588".equals(maxMessageBytes(admin, Topics.PLAN_EVENTS)));
            assertTrue(topics.provision());
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(limit,
                    maxMessageBytes(admin, Topics.PLAN_EVENTS), "raised to the outbox's limit"));
        }
    }

    private static String maxMessageBytes(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(15, TimeUnit.SECONDS).get(resource)
                .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value();
    }
}
