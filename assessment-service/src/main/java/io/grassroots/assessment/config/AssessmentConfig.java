package io.grassroots.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** assessment-service settings under grassroots.*. */
@ConfigMapping(prefix = "grassroots")
public interface AssessmentConfig {
    Ledger ledger();

    Feedback feedback();

    /** How the burden ledger estimates and publishes. */
    interface Ledger {
        /** Unit time one day of hosting a visit costs (preparation, accompanying, follow-up). */
        @WithDefault("4")
        double hoursPerVisitDay();

        /** How often changed ledger rows are compared with what was published last. */
        @WithDefault("5s")
        Duration publishInterval();
    }

    /** How units rate what they received. */
    interface Feedback {
        /** Days after the first rating during which the unit may still change it. */
        @WithDefault("7")
        int editDays();
    }
}
