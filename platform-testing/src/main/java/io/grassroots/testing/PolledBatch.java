package io.grassroots.testing;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Assertions;

/**
 * A poll's records as the Kafka connector hands them to a batch channel (named after the first record's
 * topic), counting its acks and nacks: for tests that call a consumer's batch method directly.
 */
public final class PolledBatch {
    private PolledBatch() {
    }

    /**
     * Hands the records to a batch channel's method as one poll and waits for its acknowledgement; fails unless
     * the poll was acknowledged and nothing of it dead-lettered.
     */
    public static void deliverCleanly(List<ConsumerRecord<String, String>> records,
            Function<KafkaRecordBatch<String, String>, CompletionStage<Void>> channel) {
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger nacked = new AtomicInteger();
        channel.apply(of(records, acked, nacked)).toCompletableFuture().join();
        Assertions.assertTrue(acked.get() > 0, "the poll acknowledged");
        Assertions.assertEquals(0, nacked.get(), "nothing dead-lettered");
    }

    public static KafkaRecordBatch<String, String> of(List<ConsumerRecord<String, String>> records, AtomicInteger acked,
            AtomicInteger nacked) {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            byPartition.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), p -> new java.util.ArrayList<>())
                    .add(r);
        }
        KafkaCommitHandler commits = new KafkaCommitHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                acked.incrementAndGet();
                return Uni.createFrom().voidItem();
            }
        };
        KafkaFailureHandler failures = new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                nacked.incrementAndGet();
                return Uni.createFrom().voidItem();
            }
        };
        return new IncomingKafkaRecordBatch<>(new ConsumerRecords<>(byPartition), records.isEmpty() ? "none"
                : records.get(0).topic(), 0, commits,
                failures, false, false);
    }
}
