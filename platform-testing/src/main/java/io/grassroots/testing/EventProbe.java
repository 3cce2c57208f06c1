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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a topic of the test broker from its beginning, so tests can see what a service published. */
public final class EventProbe implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<ReceivedEvent> received = new ArrayList<>();

    private EventProbe(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // As the platform's consumers read: records of aborted outbox transactions are never delivered.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
    }

    public static EventProbe of(String topic) {
        return new EventProbe(topic);
    }

    /** Polls until the events matching the filter number at least count, then returns all of them. */
    public List<ReceivedEvent> await(Predicate<ReceivedEvent> filter, int count, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            return matching(filter).size() >= count;
        });
        return matching(filter);
    }

    /** Keeps polling for a while and returns everything that matched, for "no more than" checks. */
    public List<ReceivedEvent> drain(Predicate<ReceivedEvent> filter, Duration quietPeriod) {
        long end = System.nanoTime() + quietPeriod.toNanos();
        while (System.nanoTime() < end) {
            poll();
        }
        return matching(filter);
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
