package io.grassroots.assessment.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The channels that carry a result each (inspection-results, data-events) fetch in batches of up to 20 ms;
 * the others keep Kafka's default wait, so that an idle consumer does not fetch fifty times a second.
 */
@QuarkusTest
class ResultChannelFetchTest {
    @Inject
    KafkaClientService clients;

    @Test
    void resultChannelsWaitForABatchAndTheOthersDoNot() {
        for (String channel : new String[] { "inspection-results", "data-events" }) {
            var config = clients.getConsumer(channel).configuration();
            assertEquals("20", String.valueOf(config.get("fetch.max.wait.ms")), channel);
            assertEquals("65536", String.valueOf(config.get("fetch.min.bytes")), channel);
        }
        for (String channel : new String[] { "directory", "plan-events", "visit-events" }) {
            assertNull(clients.getConsumer(channel).configuration().get("fetch.max.wait.ms"), channel);
        }
    }

    /**
     * The connector does not parse each record's ce_* headers into metadata: the inbox reads the headers
     * itself, and the parse cost CPU per record (TracedDeliveryTest covers the connector's span).
     */
    @Test
    void theConnectorLeavesTheCloudEventHeadersToTheInbox() {
        for (String channel : new String[] { "inspection-results", "data-events", "directory", "plan-events",
                "visit-events" }) {
            assertFalse(ConfigProvider.getConfig().getOptionalValue("mp.messaging.incoming." + channel
                    + ".cloud-events", Boolean.class).orElse(ConfigProvider.getConfig().getValue(
                            "mp.messaging.connector.smallrye-kafka.cloud-events", Boolean.class)),
                    channel);
        }
    }
}
