package io.grassroots.assessment.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
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
}
