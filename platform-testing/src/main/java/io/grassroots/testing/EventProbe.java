package io.grassroots.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a topic of the test broker from its beginning, so tests can see what a service published. */
public final class EventProbe implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<ReceivedEvent> received = new ArrayList<>();
    private final String topic;

    private EventProbe(String topic) {
        this.topic = topic;
        consumer = new KafkaConsumer<>(fromTheStart("probe"));
        consumer.subscribe(List.of(topic));
    }

    public static EventProbe of(String topic) {
        return new EventProbe(topic);
    }

    /**
     * A consumer's settings for the test broker: a group of its own (the prefix and a random id), from the
     * first offset, committed records only, keys and values as text.
     */
    public static Properties fromTheStart(String groupPrefix) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + "-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // As the platform's consumers read: records of aborted outbox transactions are never delivered.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    /** Polls until the events matching the filter number at least count, then returns all of them. */
    public List<ReceivedEvent> await(Predicate<ReceivedEvent> filter, int count, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            return matching(filter).size() >= count;
        });
        return matching(filter);
    }

    /**
     * Reads up to the topic's end as it stands at the call (each partition's last committed offset) and
     * returns everything that matched, for "once" and "none" checks: once in everything published so far.
     * Call it after the service's outbox has sent the key's rows ({@link DatabaseProbe#awaitOutboxSent}).
     */
    public List<ReceivedEvent> drainToEnd(Predicate<ReceivedEvent> filter) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        // read_committed: the end offsets are the last stable ones, past every committed transaction.
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> {
            poll();
            return consumer.assignment().containsAll(partitions)
                    && partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
        });
        return matching(filter);
    }

    /**
     * Waits until a consumer group has committed the topic up to its end as it stands at the call: every
     * record there is then behind the group, applied or dead-lettered (a dead letter is acknowledged only
     * once its topic took it).
     */
    public static void awaitGroupAtEnd(String group, String topic, Duration timeout) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                    .forEach((tp, info) -> end.put(tp, info.offset()));
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                return end.entrySet().stream().allMatch(e -> e.getValue() == 0 || committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue());
            });
        }
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                if (header.value() != null) {
                    headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                }
            }
            received.add(new ReceivedEvent(record.key(), record.value(), header(record, "ce_id"),
                    header(record, "ce_type"), header(record, "ce_subject"), header(record, "ce_source"),
                    header(record, "ce_specversion"), Map.copyOf(headers)));
        }
    }

    private List<ReceivedEvent> matching(Predicate<ReceivedEvent> filter) {
        return received.stream().filter(filter).toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }

    /**
     * One record as a consumer saw it: key, JSON data, the CloudEvents attributes and every header (the
     * last of a name), the trace's among them.
     */
    public record ReceivedEvent(String key, String data, String id, String type, String subject, String source,
            String specVersion, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }
}
