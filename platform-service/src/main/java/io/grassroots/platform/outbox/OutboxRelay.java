package io.grassroots.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka, oldest first, one relay at a time across instances, and marks a
 * row published once the broker acknowledged it. It waits for the outcome of every send (Kafka ends
 * each within the delivery timeout), so a row is only ever sent again after its earlier send failed
 * for good: while the broker is away rows stay put, and go out once when it is back.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock that lets one relay of this outbox work at a time (each service has its own database). */
    private static final long RELAY_LOCK = 0x0B0C_5E1AL;

    @Inject
    EntityManager em;
    @Inject
    OutboxConfig config;
    @Inject
    TopicProvisioner topics;
    @Inject
    OutboxProducer producer;

    @Scheduled(every = "${outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void relay() {
        if (!config.relayEnabled() || !topics.ensureTopics()) {
            return;
        }
        try {
            while (publishBatch() == config.batchSize()) {
                // A full batch means more may be waiting: keep going until the outbox is drained.
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused: %s", e.getMessage());
        }
    }

    /** Sends one batch and returns how many rows it published. */
    @Transactional
    public int publishBatch() {
        // Another instance's relay at work: its rows would be skipped, and later rows could overtake them.
        Object mine = em.createNativeQuery("select pg_try_advisory_xact_lock(:key)").setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery("select * from outbox_event where published_at is null "
                + "order by id limit :limit", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            Future<RecordMetadata> send = producer.send(row);
            sends.add(send);
            if (send.isDone() && failed(send)) {
                // No metadata within the request timeout: the broker is away, the rest would wait as long.
                break;
            }
        }
        long deadline = System.nanoTime() + config.deliveryTimeout().plusSeconds(5).toNanos();
        Instant now = Instant.now();
        int published = 0;
        boolean undecided = false;
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                rows.get(i).publishedAt = now;
                published++;
            } catch (ExecutionException e) {
                LOG.warnf("outbox row %d (%s) not acknowledged, will send it again: %s", rows.get(i).id,
                        rows.get(i).type, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            } catch (TimeoutException e) {
                undecided = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                undecided = true;
                break;
            }
        }
        if (undecided) {
            // Not seen from Kafka, which ends every send within its delivery timeout; fail what it still
            // holds, so that nothing of this batch arrives after the rows are sent again.
            LOG.warn("outbox sends without an outcome after the delivery timeout; the producer is replaced");
            producer.discard();
        }
        return published;
    }

    private static boolean failed(Future<RecordMetadata> send) {
        try {
            send.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
