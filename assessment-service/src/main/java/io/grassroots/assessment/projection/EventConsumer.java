package io.grassroots.assessment.projection;

import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.events.Topics;
import io.grassroots.platform.inbox.BatchDelivery;
import io.grassroots.platform.inbox.Delivered;
import io.grassroots.platform.inbox.EventDelivery;
import io.grassroots.platform.inbox.Inbox;
import io.grassroots.platform.inbox.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the other services' topics into this service's read models ({@link Projections}). Each event
 * is applied with its processed-event record in one transaction ({@link EventDelivery}: passing
 * failures are retried, a malformed event goes to the topic's dead-letter queue); the two busiest
 * topics, results and data, come a poll at a time, in one transaction per poll and a few statements
 * ({@link BatchDelivery#applyTogether}; same guarantees); a redelivery is dropped and counted by the {@link Inbox}.
 */
@ApplicationScoped
public class EventConsumer {
    @Inject
    Sql sql;
    @Inject
    EventDelivery delivery;
    @Inject
    Inbox inbox;
    @Inject
    BatchDelivery batches;

    @Incoming(Topics.DIRECTORY)
    @Blocking
    public void onDirectory(ConsumerRecord<String, String> record) {
        delivery.apply(record, this::apply);
    }

    @Incoming(Topics.PLAN_EVENTS)
    @Blocking
    public void onPlan(ConsumerRecord<String, String> record) {
        delivery.apply(record, this::apply);
    }

    @Incoming(Topics.VISIT_EVENTS)
    @Blocking
    public void onVisit(ConsumerRecord<String, String> record) {
        delivery.apply(record, this::apply);
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

    private void apply(IncomingEvent incoming) {
        if (inbox.firstDelivery(incoming.id(), incoming.topic())) {
            sql.run(c -> Projections.apply(c, incoming.id(), incoming.event()));
        }
    }
}
