package io.grassroots.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import io.grassroots.events.PlatformEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events to the test broker exactly as a service's outbox relay does (CloudEvents binary
 * mode, JSON data, keyed by subject), so a consumer can be tested against another service's events.
 */
public final class EventPublisher implements AutoCloseable {
    private static final ObjectMapper JSON = PlatformJson.shared();
    private final KafkaProducer<String, String> producer;

    public EventPublisher() {
        producer = new KafkaProducer<>(config());
    }

    private static Properties config() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    /**
     * Publishes the events, each with its CloudEvents id (ids.get(i) for events.get(i)), in one produce
     * request: events of one key land in one record batch, which a consumer receives in one poll.
     */
    public void publishTogether(List<? extends PlatformEvent> events, List<String> ids) {
        Properties config = config();
        // Held until the flush below: nothing leaves before all are in the batch.
        config.put(ProducerConfig.LINGER_MS_CONFIG, "60000");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(1 << 20));
        try (KafkaProducer<String, String> together = new KafkaProducer<>(config)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                PlatformEvent event = events.get(i);
                sent.add(together.send(record(event.topic(), event.subject(), event.eventType(), ids.get(i),
                        JSON.writeValueAsString(event), Map.of())));
            }
            together.flush();
            for (Future<?> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + events.size() + " events together", e);
        }
    }

    /** Publishes the event with a new id and returns the id. */
    public String publish(PlatformEvent event) {
        return publish(event, UUID.randomUUID().toString());
    }

    /** Publishes the event with the given CloudEvents id (the same id twice is a redelivery). */
    public String publish(PlatformEvent event, String id) {
        try {
            return send(event.topic(), event.subject(), event.eventType(), id, JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the event with a new id and headers of its own besides (a traceparent, a request-id). */
    public String publish(PlatformEvent event, Map<String, String> headers) {
        try {
            return send(event.topic(), event.subject(), event.eventType(), UUID.randomUUID().toString(),
                    JSON.writeValueAsString(event), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the event with a new id to another topic than its own, as a dead-letter topic holds it. */
    public String publishTo(String topic, PlatformEvent event) {
        try {
            return send(topic, event.subject(), event.eventType(), UUID.randomUUID().toString(),
                    JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes arbitrary data under an event type: how a poison message is made. */
    public String send(String topic, String key, String type, String id, String data) {
        return send(topic, key, type, id, data, Map.of());
    }

    private String send(String topic, String key, String type, String id, String data, Map<String, String> headers) {
        try {
            producer.send(record(topic, key, type, id, data, headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
        return id;
    }

    private static ProducerRecord<String, String> record(String topic, String key, String type, String id,
            String data, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "urn:grassroots:test".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Override
    public void close() {
        producer.close();
    }
}
