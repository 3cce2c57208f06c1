package io.grassroots.share.outbox;

import io.grassroots.events.Topics;
import io.grassroots.platform.outbox.OutboxChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** dataset-share-service publishes data-events. */
@ApplicationScoped
public class ShareChannels implements OutboxChannels {
    @Inject
    @Channel(Topics.DATA_EVENTS)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> dataEvents;

    @Override
    public Map<String, Emitter<String>> emitters() {
        return Map.of(Topics.DATA_EVENTS, dataEvents);
    }
}
