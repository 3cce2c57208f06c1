package io.grassroots.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Kafka's own produce→consume latency on the stack's broker, the baseline of bench-results: the same
 * paced producer to a scratch topic with as many partitions as inspection-results, and a plain
 * consumer (read_committed, as the services read) that notes when each record arrives.
 */
final class KafkaBaseline {
    private KafkaBaseline() {
    }

    /** Partitions of a topic on the broker. */
    static int partitions(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }

    /** Milliseconds from send to arrival for each record, sent at the rate for the seconds. */
    static double[] run(String bootstrap, PacedSender sender, String topic, int partitions, int rate, int seconds)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        int count = rate * seconds;
        long[] arrivedMicros = new long[count];
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> all = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            all.forEach(consumer::position);
            Thread reader = new Thread(() -> {
                int seen = 0;
                while (seen < count && !stop.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                        arrivedMicros[Integer.parseInt(r.value())] = PacedSender.micros(Instant.now());
                        seen++;
                    }
                }
            }, "kafka-baseline-consumer");
            reader.start();
            long[] sentMicros = sender.send(rate, seconds,
                    i -> new ProducerRecord<>(topic, "k" + i, String.valueOf(i)));
            reader.join(60_000);
            stop.set(true);
            reader.join();
            double[] ms = new double[count];
            for (int i = 0; i < count; i++) {
                if (arrivedMicros[i] == 0) {
                    throw new IllegalStateException("record " + i + " of the scratch topic did not arrive");
                }
                ms[i] = (arrivedMicros[i] - sentMicros[i]) / 1000.0;
            }
            return ms;
        }
    }
}
