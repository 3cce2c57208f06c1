package io.grassroots.inspection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The service's own settings, under {@code grassroots.}. */
@ConfigMapping(prefix = "grassroots")
public interface PlatformConfig {
    /** Time zone of every calendar date the platform handles. */
    @WithDefault("Asia/Shanghai")
    String zone();

    /** A fixed instant (ISO-8601) to run at, for demos and tests; empty means the real clock. */
    Optional<String> fixedClock();

    Directory directory();

    Outbox outbox();

    /** The registry and departments the service seeds on first start. */
    interface Directory {
        @WithDefault("registry/45.csv.gz")
        String registry();

        @WithDefault("true")
        boolean seed();
    }

    /** How the outbox relay publishes. */
    interface Outbox {
        @WithDefault("500")
        int batchSize();

        @WithDefault("20s")
        Duration sendTimeout();
    }
}
