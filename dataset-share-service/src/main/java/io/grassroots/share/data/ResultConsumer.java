package io.grassroots.share.data;

import io.grassroots.calendar.Period;
import io.grassroots.events.Topics;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.platform.inbox.BatchDelivery;
import io.grassroots.platform.inbox.Delivered;
import io.grassroots.share.catalog.IndicatorRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
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
    ValueStore values;
    @Inject
    IndicatorRepository indicators;
    @Inject
    BatchDelivery batches;

    /**
     * A poll's results in one transaction and in a few statements for them all ({@link BatchDelivery}): the
     * inbox, the indicators, then one write of every value.
     */
    @Incoming(Topics.INSPECTION_RESULTS)
    @Blocking
    public CompletionStage<Void> onResults(KafkaRecordBatch<String, String> batch) {
        return batches.applyTogether(batch, this::apply);
    }

    /** Stores the values of the results seen for the first time, in their order. */
    void apply(List<Delivered> delivered) {
        Set<String> known = indicators.known(delivered.stream().map(d -> d.incoming().event())
                .flatMap(e -> e instanceof ResultPublishedV1 r ? r.indicatorValues().stream() : Stream.empty())
                .map(ResultPublishedV1.IndicatorValue::indicator).filter(Objects::nonNull).toList());
        List<NewValue> collected = new ArrayList<>();
        for (Delivered d : delivered) {
            if (!(d.incoming().event() instanceof ResultPublishedV1 result)) {
                continue;
            }
            for (ResultPublishedV1.IndicatorValue v : result.indicatorValues()) {
                if (v.indicator() == null || !known.contains(v.indicator()) || !Period.isValid(v.period())
                        || v.value() == null) {
                    LOG.warnf("result %s: value of %s for %s is not a catalog value; not shared", result.resultId(),
                            v.indicator(), v.period());
                    continue;
                }
                collected.add(new NewValue(result.unitCode(), v.indicator(), v.period(), v.value(),
                        ValueSource.INSPECTION, result.resultId(), result.departmentId(), d.trace()));
            }
        }
        values.write(collected);
    }
}
