package io.grassroots.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin clients reach a Strimzi cluster with the service's own SCRAM/TLS settings. */
class KafkaConnectionTest {

    @Test
    void keepsAddressesAndSecurityButNotProducerOrConsumerSettings() {
        Map<String, Object> kafka = Map.of(
                "bootstrap.servers", "kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12",
                "group.id", "inspection-service",
                "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                "acks", "all");

        assertEquals(Map.of(
                "bootstrap.servers", "kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12"), KafkaConnection.of(kafka));
    }

    @Test
    void aPlainLocalBrokerNeedsOnlyItsAddress() {
        assertEquals(Map.of("bootstrap.servers", "localhost:9092"),
                KafkaConnection.of(Map.of("bootstrap.servers", "localhost:9092", "client.id", "x")));
    }
}
