package io.grassroots.assessment.projection;

import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.events.Topics;
import io.grassroots.platform.inbox.DroppedRedeliveries;
import io.grassroots.platform.inbox.EventDelivery;
import io.grassroots.platform.inbox.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the other services' topics into this service's read models ({@link Projections}). Each event
 * is applied with its processed-event record in one transaction ({@link EventDelivery}: passing
 * failures are retried, a malformed event goes to the topic's dead-letter queue); a redelivery is
 * dropped and counted.
 */
@ApplicationScoped
public class EventConsumer {
    @Inject
    Sql sql;
    @Inject
    Clock clock;
    @Inject
    EventDelivery delivery;
    @Inject
    DroppedRedeliveries dropped;

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

    @Incoming(Topics.INSPECTION_RESULTS)
    @Blocking
    public void onResult(ConsumerRecord<String, String> record) {
        delivery.apply(record, this::apply);
    }

    @Incoming(Topics.DATA_EVENTS)
    @Blocking
    public void onData(ConsumerRecord<String, String> record) {
        delivery.apply(record, this::apply);
    }

    private void apply(IncomingEvent incoming) {
        Instant now = Instant.now(clock);
        sql.run(c -> {
            if (!Projections.firstDelivery(c, incoming.id(), incoming.topic(), now)) {
                dropped.dropped();
                return null;
            }
            return Projections.applyFirst(c, incoming.id(), incoming.event());
        });
    }
}
