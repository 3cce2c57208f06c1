package io.grassroots.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which outbox rows the relay's latest Kafka transaction carried, written into that same transaction
 * on a compacted topic of this outbox's own: Kafka's commit and the database's mark are two, and a
 * relay killed between them leaves rows Kafka holds unmarked. The relay that starts next (in this
 * process or another instance) fences the old one, reads what its last committed transaction carried
 * and marks those rows before it sends anything, so that none goes out twice.
 */
@ApplicationScoped
public class RelayProgress {
    /** How far back the last record is looked for at first; each miss looks sixteen times further. */
    private static final long FIRST_WINDOW = 16;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;
    @Inject
    OutboxConfig config;
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    /** The outbox's own progress topic: one partition, compacted (only the latest record counts). */
    public String topic() {
        return "outbox-progress." + application;
    }

    /** The record that says a transaction carries these rows (and, still unmarked, those of earlier ones). */
    ProducerRecord<String, String> record(Collection<Long> ids) {
        String value = ids.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
        return new ProducerRecord<>(topic(), 0, key(), value);
    }

    /**
     * The rows the last committed relay transaction carried (none when there was none yet). Asked once a
     * new producer has fenced its predecessor, so that the predecessor's transactions are all decided.
     *
     * @throws TimeoutException when the topic cannot be read in time: nothing may be sent before it was
     */
    public List<Long> lastCommitted() {
        TopicPartition partition = new TopicPartition(topic(), 0);
        Duration timeout = config.requestTimeout().multipliedBy(2);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            // Under read_committed the end is the last stable offset: past every decided transaction.
            long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
            long begin = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
            for (long window = FIRST_WINDOW;; window = Math.multiplyExact(window, 16)) {
                long from = Math.max(begin, end - window);
                String last = lastValue(consumer, partition, from, end, deadline);
                if (last != null) {
                    return parse(last);
                }
                if (from == begin) {
                    return List.of();
                }
            }
        }
    }

    /** The value of the last record of this outbox's key in [from, end), or null. */
    private String lastValue(KafkaConsumer<String, String> consumer, TopicPartition partition, long from, long end,
            long deadline) {
        consumer.seek(partition, from);
        String last = null;
        while (consumer.position(partition) < end) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the outbox progress topic " + topic() + " could not be read in time");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end && key().equals(record.key())) {
                    last = record.value();
                }
            }
        }
        return last;
    }

    static List<Long> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    /** The outbox's transactional id: one per outbox, whichever instance relays. */
    String key() {
        return application + "-outbox";
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.keySet().removeIf(name -> name.startsWith("key.") || name.startsWith("value.")
                || ProducerConfig.configNames().contains(name) && !ConsumerConfig.configNames().contains(name));
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-outbox-progress");
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(config.requestTimeout().toMillis()));
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                String.valueOf(config.requestTimeout().multipliedBy(2).toMillis()));
        return props;
    }
}
