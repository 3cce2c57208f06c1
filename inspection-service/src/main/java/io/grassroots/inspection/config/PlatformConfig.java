package io.grassroots.inspection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** inspection-service's own settings, under {@code grassroots.}. */
@ConfigMapping(prefix = "grassroots")
public interface PlatformConfig {
    Directory directory();

    Merge merge();

    Placement placement();

    /** The worker that places approved plans into their year's schedule after the decision commits. */
    interface Placement {
        /**
         * Placements at once in this instance: each waits mostly for the database, so two keep a burst
         * of approvals moving on two cores; they never place the same plan (SKIP LOCKED).
         */
        @WithDefault("2")
        int workers();

        /** Plans placed in one transaction at most. */
        @WithDefault("25")
        int batch();

        /** How often queued plans are looked for besides an approval's commit (read by the scheduler). */
        @WithDefault("5s")
        java.time.Duration sweepInterval();
    }

    /** The registry and departments the service seeds on first start. */
    interface Directory {
        /** A classpath resource (the shipped province) or a file path: code,name,level,parent, .gz if gzipped. */
        @WithDefault("registry/45.csv.gz")
        String registry();

        @WithDefault("true")
        boolean seed();
    }

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
        Optional<List<String>> compatibleGroups();

        WarmUp warmUp();
    }

    /**
     * The engine's runs over a made-up year after start, in the background, so that the JIT has compiled
     * it before the year's first real scheduling run (cold, a province's run took 4.5 s in the engine
     * against 0.75 s warm, #19). It reads and writes nothing.
     */
    interface WarmUp {
        @WithDefault("true")
        boolean enabled();

        /** Plan-targets of the made-up year, each round. */
        @WithDefault("20000")
        int planTargets();

        @WithDefault("3")
        int rounds();
    }
}
