package io.grassroots.platform.outbox;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * A service's outgoing channels, one per topic it publishes (the channel carries the topic's name),
 * and which of them are compacted. The service provides one bean of this type.
 */
public interface OutboxChannels {
    Map<String, Emitter<String>> emitters();

    /** Topics whose latest record per key is the state (e.g. the directory). */
    default Set<String> compacted() {
        return Set.of();
    }
}
