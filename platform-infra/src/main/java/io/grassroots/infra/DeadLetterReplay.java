package io.grassroots.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends the records of a consumer group's dead-letter topic ({@code dead-letter.<group>.<topic>})
 * back to the topic they came from, once their cause is fixed: key, value and CloudEvents headers as
 * they were, without the dead-letter headers. Progress is kept by a consumer group of its own, so a
 * second replay sends only what was dead-lettered since; consumers apply each event id once, so a
 * replayed event the other groups already applied has no second effect. Run with
 * {@code tools/replay-dead-letters <bootstrap servers> <group> <topic>}.
 */
public final class DeadLetterReplay {
    private DeadLetterReplay() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: replay-dead-letters <bootstrap servers> <consumer group> <topic>");
            System.exit(2);
        }
        int sent = replay(args[0], args[1], args[2]);
        System.out.println("replayed " + sent + " record(s) of dead-letter." + args[1] + "." + args[2] + " to "
                + args[2]);
    }

    /** Replays what the dead-letter topic holds beyond the last replay; returns how many records were sent. */
    public static int replay(String bootstrap, String group, String topic) throws InterruptedException,
            ExecutionException {
        String deadLetters = "dead-letter." + group + "." + topic;
        Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "replay." + group + "." + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int sent = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new StringDeserializer());
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                        new StringSerializer())) {
            consumer.subscribe(List.of(deadLetters));
            int quietPolls = 0;
            // The first polls may only join the group; stop after a few seconds without records.
            while (quietPolls < 6) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    quietPolls++;
                    continue;
                }
                quietPolls = 0;
                List<Future<?>> acks = new ArrayList<>();
                for (ConsumerRecord<String, String> dead : records) {
                    ProducerRecord<String, String> again = new ProducerRecord<>(topic, dead.key(), dead.value());
                    for (Header h : dead.headers()) {
                        if (!h.key().startsWith("dead-letter")) {
                            again.headers().add(h);
                        }
                    }
                    acks.add(producer.send(again));
                }
                for (Future<?> ack : acks) {
                    ack.get();
                }
                // Only what the broker took back is marked done: a failed replay sends it again next time.
                consumer.commitSync();
                sent += acks.size();
            }
        }
        return sent;
    }
}
