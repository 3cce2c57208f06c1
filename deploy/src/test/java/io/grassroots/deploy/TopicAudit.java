package io.grassroots.deploy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads every event topic of the platform from the start to its current end and counts the events
 * (CloudEvents ids) that are on it more than once: what a relay that sent a row twice leaves behind.
 */
final class TopicAudit {
    private TopicAudit() {
    }

    /** A consumer that reads as the platform's consumers do: records of aborted outbox transactions never. */
    static KafkaConsumer<byte[], byte[]> readCommitted(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Every partition of the topics. */
    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }

    /**
     * Copies beyond the first over all event topics (dead-letter and internal topics left out), by the
     * application that published them (its ce_source, urn:grassroots:<name>).
     */
    static Map<String, Long> extraCopiesBySource(String bootstrap) throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        read(bootstrap, eventTopics(bootstrap), (id, source) -> {
            seen.merge(id, 1, Integer::sum);
            sourceOf.putIfAbsent(id, source);
        });
        return copiesBySource(seen, sourceOf);
    }

    /** How often each of these events (CloudEvents ids) is on the topics, read committed. */
    static Map<String, Integer> occurrences(String bootstrap, Collection<String> topics, Collection<String> ids)
            throws Exception {
        Map<String, Integer> seen = new TreeMap<>();
        ids.forEach(id -> seen.put(id, 0));
        read(bootstrap, topics, (id, source) -> seen.computeIfPresent(id, (key, n) -> n + 1));
        return seen;
    }

    /** Reads the topics from their start to their current end: each record's ce_id and publishing application. */
    private static void read(String bootstrap, Collection<String> topics, BiConsumer<String, String> event) {
        try (KafkaConsumer<byte[], byte[]> consumer = readCommitted(bootstrap)) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            readToEnd(consumer, partitions, event);
        }
    }

    /** Reads the assigned partitions on from their positions to their current end. */
    private static void readToEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            BiConsumer<String, String> event) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the topics could not be read to their end within 60 s");
            }
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                Header id = r.headers().lastHeader("ce_id");
                if (id != null) {
                    Header source = r.headers().lastHeader("ce_source");
                    event.accept(new String(id.value(), StandardCharsets.UTF_8), source == null ? "?"
                            : new String(source.value(), StandardCharsets.UTF_8).replace("urn:grassroots:", ""));
                }
            }
        }
    }

    /** The event topics: dead-letter and internal topics left out. */
    private static List<String> eventTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listTopics().names().get().stream().filter(t -> !t.startsWith("dead-letter.")
                    && !t.startsWith("outbox-progress.") && !t.startsWith("_")).sorted().toList();
        }
    }

    /** Copies by publisher of every id in seen that is there more than once. */
    private static Map<String, Long> copiesBySource(Map<String, Integer> seen, Map<String, String> sourceOf) {
        Map<String, Long> copies = new HashMap<>();
        seen.forEach((key, n) -> {
            if (n > 1) {
                copies.merge(sourceOf.get(key), (long) n - 1, Long::sum);
            }
        });
        return copies;
    }

    /**
     * extraCopiesBySource for a run of several calls (the fault suite's before and after each fault): each
     * call reads on from where the last one stopped, the topics being only appended to, and counts over
     * everything read since the first. One thread at a time.
     */
    static final class Copies implements AutoCloseable {
        private final String bootstrap;
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final List<TopicPartition> assigned = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<String, String> sourceOf = new HashMap<>();

        Copies(String bootstrap) {
            this.bootstrap = bootstrap;
            this.consumer = readCommitted(bootstrap);
        }

        /** Copies beyond the first over all event topics as they stand now, by publisher. */
        Map<String, Long> bySource() throws Exception {
            List<TopicPartition> fresh = partitions(consumer, eventTopics(bootstrap)).stream()
                    .filter(p -> !assigned.contains(p)).toList();
            if (!fresh.isEmpty()) {
                Map<TopicPartition, Long> at = new HashMap<>();
                assigned.forEach(p -> at.put(p, consumer.position(p)));
                assigned.addAll(fresh);
                consumer.assign(assigned);
                at.forEach(consumer::seek);
                consumer.seekToBeginning(fresh);
            }
            readToEnd(consumer, assigned, (id, source) -> {
                seen.merge(id, 1, Integer::sum);
                sourceOf.putIfAbsent(id, source);
            });
            return copiesBySource(seen, sourceOf);
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
