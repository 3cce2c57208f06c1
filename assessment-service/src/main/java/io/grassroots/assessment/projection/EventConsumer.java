package io.grassroots.assessment.projection;

import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.events.Topics;
import io.grassroots.platform.inbox.BatchDelivery;
import io.grassroots.platform.inbox.Delivered;
import io.grassroots.platform.inbox.EventDelivery;
import io.grassroots.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the other services' topics into this service's read models ({@link Projections}), a poll at a
 * time: each poll's events are applied with their processed-event records in one transaction
 * ({@link BatchDelivery#applyTogether}); if that fails, one by one ({@link EventDelivery}: passing failures
 * are retried, a malformed event goes to the topic's dead-letter queue); a redelivery is dropped and
 * counted by the {@link Inbox}. Results and shared values are written in a few statements per poll.
 */
@ApplicationScoped
public class EventConsumer {
    @Inject
    Sql sql;
    @Inject
    BatchDelivery batches;

    /**
     * The directory, plans and visits come a poll at a time too: a fresh stack or a replay reads a province's
     * units, and a scheduling run announces thousands of visits at once.
     */
    @Incoming(Topics.DIRECTORY)
    @Blocking
    public CompletionStage<Void> onDirectory(KafkaRecordBatch<String, String> batch) {
        return batches.applyTogether(batch, this::applyTogether);
    }

    @Incoming(Topics.PLAN_EVENTS)
    @Blocking
    public CompletionStage<Void> onPlan(KafkaRecordBatch<String, String> batch) {
        return batches.applyTogether(batch, this::applyTogether);
    }

    @Incoming(Topics.VISIT_EVENTS)
    @Blocking
    public CompletionStage<Void> onVisit(KafkaRecordBatch<String, String> batch) {
        return batches.applyTogether(batch, this::applyTogether);
    }

    /**
     * Results come in batches (a poll's records in one transaction, {@link BatchDelivery}), the busiest topic:
     * one inbox statement and one insert for the whole batch.
     */
    @Incoming(Topics.INSPECTION_RESULTS)
    @Blocking
    public CompletionStage<Void> onResults(KafkaRecordBatch<String, String> batch) {
        return batches.applyTogether(batch, this::applyTogether);
    }

    /**
     * In batches too: each result stored in the shared dataset comes back here as a data.reported event, and a
     * poll's values are written in one JDBC batch ({@link Projections#applyAll}).
     */
    @Incoming(Topics.DATA_EVENTS)
    @Blocking
    public CompletionStage<Void> onData(KafkaRecordBatch<String, String> batch) {
        return batches.applyTogether(batch, this::applyTogether);
    }

    /** A batch's first deliveries, recorded in the inbox already ({@link BatchDelivery#applyTogether}). */
    void applyTogether(List<Delivered> delivered) {
        sql.run(c -> {
            Projections.applyAll(c, delivered.stream().map(Delivered::incoming).toList());
            return null;
        });
    }
}
