package io.grassroots.share.data;

import io.grassroots.calendar.Period;
import io.grassroots.events.Topics;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.platform.inbox.Inbox;
import io.grassroots.platform.inbox.BatchDelivery;
import io.grassroots.platform.inbox.IncomingEvent;
import io.grassroots.share.catalog.IndicatorRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Stores the indicator values an inspection collected as shared data (source INSPECTION), so that
 * a later request for the same unit and indicator is answered without asking the unit. Idempotent:
 * the event id and the result id each make a redelivery a no-op.
 */
@ApplicationScoped
public class ResultConsumer {
    private static final Logger LOG = Logger.getLogger(ResultConsumer.class);

    @Inject
    Inbox inbox;
    @Inject
    ValueStore values;
    @Inject
    IndicatorRepository indicators;

    @Inject
    BatchDelivery delivery;

    /** A poll's results in one transaction ({@link BatchDelivery}): one commit for many at a busy time. */
    @Incoming(Topics.INSPECTION_RESULTS)
    @Blocking
    public CompletionStage<Void> onResults(KafkaRecordBatch<String, String> batch) {
        return delivery.apply(batch, this::apply);
    }

    private void apply(IncomingEvent incoming) {
        if (!(incoming.event() instanceof ResultPublishedV1 result) || !inbox.firstDelivery(incoming.id(),
                incoming.topic())) {
            return;
        }
        List<NewValue> collected = new ArrayList<>();
        for (ResultPublishedV1.IndicatorValue v : result.indicatorValues()) {
            if (indicators.findById(v.indicator()) == null || !Period.isValid(v.period()) || v.value() == null) {
                LOG.warnf("result %s: value of %s for %s is not a catalog value; not shared", result.resultId(),
                        v.indicator(), v.period());
                continue;
            }
            collected.add(new NewValue(result.unitCode(), v.indicator(), v.period(), v.value(), ValueSource.INSPECTION,
                    result.resultId(), result.departmentId()));
        }
        values.write(collected);
    }
}
