package io.grassroots.assessment.outbox;

import io.grassroots.events.Topics;
import io.grassroots.platform.outbox.OutboxChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** assessment-service publishes assessment-events. */
@ApplicationScoped
public class AssessmentChannels implements OutboxChannels {
    @Inject
    @Channel(Topics.ASSESSMENT_EVENTS)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> assessmentEvents;

    @Override
    public Map<String, Emitter<String>> emitters() {
        return Map.of(Topics.ASSESSMENT_EVENTS, assessmentEvents);
    }
}
