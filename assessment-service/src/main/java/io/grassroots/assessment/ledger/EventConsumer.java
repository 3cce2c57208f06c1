package io.grassroots.assessment.ledger;

import io.grassroots.assessment.projection.Projections;
import io.grassroots.assessment.projection.Sql;
import io.grassroots.events.Topics;
import io.grassroots.platform.inbox.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the other services' topics into the ledger's facts. Each event is applied with its
 * processed-event record in one transaction; a malformed one goes to the topic's dead-letter queue.
 */
@ApplicationScoped
public class EventConsumer {
    @Inject
    Sql sql;
    @Inject
    Clock clock;

    @Incoming(Topics.DIRECTORY)
    @Blocking
    @Transactional
    public void onDirectory(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming(Topics.PLAN_EVENTS)
    @Blocking
    @Transactional
    public void onPlan(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming(Topics.VISIT_EVENTS)
    @Blocking
    @Transactional
    public void onVisit(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming(Topics.INSPECTION_RESULTS)
    @Blocking
    @Transactional
    public void onResult(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming(Topics.DATA_EVENTS)
    @Blocking
    @Transactional
    public void onData(ConsumerRecord<String, String> record) {
        apply(record);
    }

    private void apply(ConsumerRecord<String, String> record) {
        IncomingEvent incoming = IncomingEvent.of(record);
        Instant now = Instant.now(clock);
        sql.run(c -> Projections.apply(c, incoming.id(), incoming.topic(), incoming.event(), now));
    }
}
