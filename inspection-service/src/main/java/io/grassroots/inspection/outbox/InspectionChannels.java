package io.grassroots.inspection.outbox;

import io.grassroots.events.Topics;
import io.grassroots.platform.outbox.OutboxChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** The topics inspection-service publishes: the compacted directory, plans, visits and results. */
@ApplicationScoped
public class InspectionChannels implements OutboxChannels {
    @Inject
    @Channel(Topics.DIRECTORY)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> directory;

    @Inject
    @Channel(Topics.PLAN_EVENTS)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> planEvents;

    @Inject
    @Channel(Topics.VISIT_EVENTS)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> visitEvents;

    @Inject
    @Channel(Topics.INSPECTION_RESULTS)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> inspectionResults;

    @Override
    public Map<String, Emitter<String>> emitters() {
        return Map.of(Topics.DIRECTORY, directory, Topics.PLAN_EVENTS, planEvents, Topics.VISIT_EVENTS, visitEvents,
                Topics.INSPECTION_RESULTS, inspectionResults);
    }

    @Override
    public Set<String> compacted() {
        return Set.of(Topics.DIRECTORY);
    }
}
