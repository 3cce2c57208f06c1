package io.grassroots.deploy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends records at a steady rate, each on its own schedule however long the one before took (so a
 * slow consumer cannot slow the sender, as in production), and notes when each was handed to the
 * producer, in microseconds of the wall clock the databases' commit timestamps also use.
 */
final class PacedSender implements AutoCloseable {
    private final KafkaProducer<String, String> producer;

    /** The outbox relay's producer settings that matter for latency: acks=all, idempotent, linger 5 ms. */
    PacedSender(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Sends rate × seconds records made by the function from their sequence number; returns each one's send time. */
    long[] send(int rate, int seconds, IntFunction<ProducerRecord<String, String>> record) {
        int count = rate * seconds;
        long[] sentMicros = new long[count];
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicInteger acknowledged = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / rate);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            ProducerRecord<String, String> next = record.apply(i);
            sentMicros[i] = micros(Instant.now());
            producer.send(next, (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
                acknowledged.incrementAndGet();
            });
        }
        producer.flush();
        if (failure.get() != null || acknowledged.get() != count) {
            throw new IllegalStateException("the broker refused a record", failure.get());
        }
        return sentMicros;
    }

    static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    @Override
    public void close() {
        producer.close();
    }
}
