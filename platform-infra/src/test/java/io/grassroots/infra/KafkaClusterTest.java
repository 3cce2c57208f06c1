package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #18: three KRaft nodes keep every acknowledged write when the controller leader is killed. */
class KafkaClusterTest {
    @TempDir
    Path dir;

    @Test
    void writesAcknowledgedByAllReplicasSurviveKill9OfTheControllerLeader() throws Exception {
        KafkaCluster cluster = KafkaCluster.onFreePorts(dir, 3, "384m");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster.start().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("replicated", 3, (short) 3)
                    .configs(Map.of("min.insync.replicas", "2")))).all().get(60, TimeUnit.SECONDS);
            Set<String> written = new HashSet<>();
            try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
                for (int i = 0; i < 100; i++) {
                    producer.send(new ProducerRecord<>("replicated", "k" + i, "before-" + i)).get(30, TimeUnit.SECONDS);
                    written.add("before-" + i);
                }
                int leader = admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId();
                cluster.node(leader).kill();
                for (int i = 0; i < 100; i++) {
                    producer.send(new ProducerRecord<>("replicated", "k" + i, "after-" + i)).get(60, TimeUnit.SECONDS);
                    written.add("after-" + i);
                }
                int next = admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId();
                assertNotEquals(leader, next, "another node leads the quorum");
            }
            assertEquals(written, readAll(cluster.bootstrapServers(), "replicated", 200),
                    "every acknowledged write is there, once");
        } finally {
            // Killed, not stopped: with the leader gone, the last node's controlled shutdown has no quorum to
            // ask and waits out its 30 s before it is killed anyway. The data is thrown away.
            cluster.nodes().forEach(KafkaBroker::kill);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000", ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000"),
                new StringSerializer(), new StringSerializer());
    }

    private static Set<String> readAll(String bootstrap, String topic, int expected) {
        Set<String> values = new HashSet<>();
        int read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                    read++;
                }
            }
        }
        assertEquals(expected, read, "records on the topic");
        return values;
    }
}
