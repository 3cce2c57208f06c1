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

    Merge merge();

    /** The merge engine's caps that are not per-region rules. */
    interface Merge {
        /** People per joint visit, summed over departments. */
        @WithDefault("10")
        int teamCapPerVisit();

        @WithDefault("6")
        int departmentsPerVisit();

        /** Visits of one lead and county within this many days form one team's route. */
        @WithDefault("5")
        int itineraryDays();

        /** Groups declared compatible, e.g. SAFETY+ECOLOGY; each entry's groups may share a visit. */
        java.util.Optional<java.util.List<String>> compatibleGroups();
    }

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
