package io.grassroots.deploy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Poison records for the fault suite, five kinds on every consumed topic: not JSON, no CloudEvents
 * headers, an unknown type, a future version of a known type, and {} as data. Each must end on the
 * dead-letter topic of every consumer group that reads the topic, with the reason.
 */
final class Poison {
    /** Every consumed topic, a known event type on it, and the groups that read it. */
    static final Map<String, List<String>> READERS = Map.of(
            "directory", List.of("unit.upserted.v1", "assessment-service", "dataset-share-service"),
            "plan-events", List.of("plan.submitted.v1", "assessment-service"),
            "visit-events", List.of("visit.scheduled.v1", "assessment-service"),
            "inspection-results", List.of("result.published.v1", "assessment-service", "dataset-share-service"),
            "data-events", List.of("data.reported.v1", "assessment-service"));
    static final int KINDS = 5;

    private Poison() {
    }

    /** Sends the poison; returns the keys sent, by topic. */
    static Map<String, Set<String>> send(String bootstrap) {
        Map<String, Set<String>> keys = new HashMap<>();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (Map.Entry<String, List<String>> topic : READERS.entrySet()) {
                String type = topic.getValue().get(0);
                String future = type.replace(".v1", ".v9");
                Set<String> sent = new TreeSet<>();
                sent.add(send(producer, topic.getKey(), type, "{\"not json"));
                sent.add(send(producer, topic.getKey(), null, "{}"));
                sent.add(send(producer, topic.getKey(), "no.such.event.v1", "{\"a\": 1}"));
                sent.add(send(producer, topic.getKey(), future, "{\"a\": 1}"));
                sent.add(send(producer, topic.getKey(), type, "{}"));
                keys.put(topic.getKey(), sent);
            }
            producer.flush();
        }
        return keys;
    }

    private static String send(KafkaProducer<String, String> producer, String topic, String type, String data) {
        String key = "poison-" + UUID.randomUUID();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        if (type != null) {
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", key.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", "urn:grassroots:fault-suite".getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record);
        return key;
    }

    /**
     * Of the poison sent, what did not reach the dead-letter topic of each group reading its topic, or
     * reached it more than once. groupSuffix follows the live group's name: "" for the live consumers,
     * "-replay" for the instances that rebuild the read models (each dead-letters under its own group).
     */
    static Set<String> missingFromDeadLetters(String bootstrap, Map<String, Set<String>> sent, Duration within,
            String groupSuffix) throws InterruptedException {
        Set<String> missing = new TreeSet<>();
        long deadline = System.nanoTime() + within.toNanos();
        for (Map.Entry<String, Set<String>> topic : sent.entrySet()) {
            for (String group : READERS.get(topic.getKey()).subList(1, READERS.get(topic.getKey()).size())) {
                String deadLetters = "dead-letter." + group + groupSuffix + "." + topic.getKey();
                Map<String, Integer> found = new HashMap<>();
                while (System.nanoTime() < deadline && !found.keySet().containsAll(topic.getValue())) {
                    found = keysWithReason(bootstrap, deadLetters);
                    if (!found.keySet().containsAll(topic.getValue())) {
                        Thread.sleep(1000);
                    }
                }
                for (String key : topic.getValue()) {
                    int copies = found.getOrDefault(key, 0);
                    if (copies != 1) {
                        missing.add(deadLetters + " " + key + (copies == 0 ? "" : " " + copies + " times"));
                    }
                }
            }
        }
        return missing;
    }

    /**
     * The keys on a topic whose record says why it was dead-lettered, with how often each is there: the
     * topic read from its start to its end as it stands (no consumer group to join, no quiet period).
     */
    private static Map<String, Integer> keysWithReason(String bootstrap, String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Integer> keys = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " could not be read to its end within 30 s");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.headers().lastHeader("dead-letter-reason") != null) {
                        keys.merge(r.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return keys;
    }
}
