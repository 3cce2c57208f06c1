package io.grassroots.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka as CloudEvents, oldest first, and marks a row published only once
 * the broker acknowledged it. While the broker is away rows stay put and go out when it is back.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager em;
    @Inject
    OutboxConfig config;
    @ConfigProperty(name = "quarkus.application.name")
    String application;
    @Inject
    TopicProvisioner topics;

    @Inject
    OutboxChannels channels;

    @Scheduled(every = "${outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void relay() {
        if (!topics.ensureTopics()) {
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
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery("select * from outbox_event where published_at is null "
                + "order by id limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            acks.add(send(row));
        }
        Instant now = Instant.now();
        int published = 0;
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Stop at the first failure so that later rows never overtake an earlier one for good.
                LOG.warnf("outbox row %d (%s) not acknowledged, will retry: %s", rows.get(i).id, rows.get(i).type,
                        e.getMessage());
                break;
            }
            rows.get(i).publishedAt = now;
            published++;
        }
        return published;
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(row.payload)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                })
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(row.key).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(row.eventId.toString())
                        .withType(row.type)
                        .withSource(URI.create("urn:grassroots:" + application))
                        .withSubject(row.subject)
                        .withTimestamp(row.createdAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build());
        emitterFor(row.topic).send(message);
        return acked;
    }

    private Emitter<String> emitterFor(String topic) {
        Emitter<String> emitter = channels.emitters().get(topic);
        if (emitter == null) {
            throw new IllegalStateException("no channel for topic " + topic);
        }
        return emitter;
    }
}
