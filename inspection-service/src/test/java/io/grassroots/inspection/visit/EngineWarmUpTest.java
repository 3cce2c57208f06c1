package io.grassroots.inspection.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.inspection.config.PlatformConfig;
import io.grassroots.inspection.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The merge engine's warm-up runs after start on the configured made-up year, schedules it, and
 * leaves the database as it was: no visit, member, event, run, refusal or queued placement.
 */
@QuarkusTest
class EngineWarmUpTest {
    @Inject
    EngineWarmUp warmUp;
    @Inject
    PlatformConfig config;
    @Inject
    Db db;

    @Test
    void theWarmUpAfterStartRanTheConfiguredRoundsAndWroteNoVisit() throws Exception {
        EngineWarmUp.Report report = warmUp.done().get(2, TimeUnit.MINUTES);

        assertEquals(config.merge().warmUp().rounds(), report.roundMillis().size());
        assertTrue(report.planTargets() >= config.merge().warmUp().planTargets(), report.toString());
        assertTrue(report.placed() > report.planTargets() / 2, report.toString());
        assertTrue(report.visits() > 0 && report.visits() < report.placed(), "visits are joint: " + report);
        // The made-up year's units are under region 99, which no registry has.
        assertEquals(0, db.count("select count(*) from visit where unit_code like '99%'"));
    }

    @Test
    void aWarmUpRoundChangesNothingInTheDatabase() {
        String before = everything();

        EngineWarmUp.Report report = warmUp.run(2_000, 1);

        assertTrue(report.placed() > 0, report.toString());
        assertEquals(before, everything());
    }

    private String everything() {
        StringBuilder state = new StringBuilder(db.state());
        for (String table : new String[] { "visit_member", "schedule_run", "unplaced_target", "placement_queue",
                "outbox_event", "region", "unit" }) {
            state.append('/').append(table).append('=').append(db.count("select count(*) from " + table));
        }
        return state.toString();
    }
}
