package io.grassroots.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where "today" comes from: the platform's time zone, and a fixed instant for demos and tests. */
@ConfigMapping(prefix = "clock")
public interface ClockConfig {
    /** Time zone of every calendar date the platform handles. */
    @WithDefault("Asia/Shanghai")
    String zone();

    /** A fixed instant (ISO-8601) to run at; empty means the real clock. */
    Optional<String> fixed();
}
