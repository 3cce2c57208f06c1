package io.grassroots.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge one batch before it retries later. */
    @WithDefault("20s")
    Duration sendTimeout();

    /** Topic replication: 1 on a single broker, 3 on a production cluster. */
    @WithDefault("1")
    short replicationFactor();

    @WithDefault("3")
    int partitions();
}
