package io.grassroots.platform.outbox;

import io.grassroots.platform.trace.EventTrace;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The outbox relay's Kafka producer: transactional (a batch becomes visible to read-committed
 * consumers whole or not at all), acknowledged by all in-sync replicas, with a bounded delivery time.
 * Records carry the event as a binary-mode CloudEvent (ce_* headers), with the traceparent and
 * request-id of the request that wrote it, compressed (zstd), up to outbox.max-event-bytes plus the
 * envelope.
 */
@ApplicationScoped
public class OutboxProducer {
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;
    @Inject
    OutboxConfig config;
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private static final Logger LOG = Logger.getLogger(OutboxProducer.class);
    /** Kafka's default buffer; raised when one record may need more than half of it. */
    private static final long DEFAULT_BUFFER_BYTES = 32L * 1024 * 1024;
    /** zstd when its native library loads here (zstd-jni comes with kafka-clients), else lz4 (pure Java if need be). */
    static final String COMPRESSION = compression();

    @Inject
    RelayProgress progress;

    private KafkaProducer<String, String> producer;
    private long generation;

    /**
     * Makes the producer when there is none, and returns its generation (a new number each time one is
     * made). Its initialisation fences any earlier producer of this outbox (this instance's or another's)
     * and decides what that one left open, so that nothing it sent can still change; a new generation
     * must learn what its predecessor had committed (RelayProgress) before it sends.
     */
    public synchronized long open() {
        if (producer == null) {
            KafkaProducer<String, String> made = new KafkaProducer<>(properties(), new StringSerializer(),
                    new StringSerializer());
            try {
                made.initTransactions();
            } catch (RuntimeException e) {
                made.close(Duration.ZERO);
                throw e;
            }
            producer = made;
            generation++;
        }
        return generation;
    }

    /** Opens a Kafka transaction on the producer {@link #open()} made. */
    public synchronized void begin() {
        if (producer == null) {
            throw new IllegalStateException("no outbox producer: open() makes one, and the relay learns its progress");
        }
        producer.beginTransaction();
    }

    /**
     * Sends one outbox row in the open transaction. The future fails at once when the broker's metadata
     * cannot be had, or when the client refuses the record itself (too large, not serializable).
     */
    public synchronized Future<RecordMetadata> send(OutboxEvent row) {
        try {
            return producer.send(record(row));
        } catch (SerializationException e) {
            // Thrown rather than returned by the client; the relay parks such a row like any other refusal.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Sends, in the open transaction, the record that says which rows it carries (see RelayProgress). */
    public synchronized Future<RecordMetadata> sendProgress(Collection<Long> ids) {
        return producer.send(progress.record(ids));
    }

    /**
     * Commits the open transaction: every record of it becomes visible to read-committed consumers, or
     * none. A TimeoutException leaves the commit undecided; calling this again waits for its outcome.
     */
    public synchronized void commit() {
        producer.commitTransaction();
    }

    /**
     * Aborts the open transaction; when even that cannot be done (the broker away, the producer fenced),
     * drops the producer: the next one's initialisation aborts the transaction for it.
     */
    public synchronized void abort() {
        if (producer == null) {
            return;
        }
        try {
            producer.abortTransaction();
        } catch (RuntimeException e) {
            discard();
        }
    }

    /** Drops the producer without waiting: whatever transaction it left open is aborted by the next one. */
    public synchronized void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static String compression() {
        try {
            // Loading the class loads the native library; a platform it does not ship for fails here.
            Class.forName("com.github.luben.zstd.Zstd").getMethod("defaultCompressionLevel").invoke(null);
            return "zstd";
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warnf("zstd is not available (%s): outbox records are compressed with lz4", e);
            return "lz4";
        }
    }

    ProducerRecord<String, String> record(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.key, row.payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", row.eventId.toString());
        header(record, "ce_type", row.type);
        header(record, "ce_source", "urn:grassroots:" + application);
        header(record, "ce_subject", row.subject);
        header(record, "ce_time", row.createdAt.atOffset(ZoneOffset.UTC).toString());
        header(record, "content-type", "application/json");
        // The request's trace goes on in the consumers, and its id reaches their logs.
        new EventTrace(row.traceParent, row.requestId).writeTo(record.headers());
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(OutboxTimeouts.LINGER.toMillis()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(config.requestTimeout().toMillis()));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(config.deliveryTimeout().toMillis()));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(config.requestTimeout().toMillis()));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox");
        // One transactional id per outbox (not per instance): whichever instance relays next fences the
        // one before and aborts its open transaction at once, rather than after the transaction timeout.
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, application + "-outbox");
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, String.valueOf(OutboxTimeouts.batchBudget(
                config.requestTimeout(), config.deliveryTimeout()).multipliedBy(2).toMillis()));
        // A country-wide plan's event is some 9 MB of unit codes: compressed, it is a fraction of that on
        // the wire and on disk. The limit applies to the record before compression.
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, COMPRESSION);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(config.maxRecordBytes()));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG,
                String.valueOf(Math.max(DEFAULT_BUFFER_BYTES, 2L * config.maxRecordBytes())));
        props.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        props.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return props;
    }
}
