package io.grassroots.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.visit.ScheduleRun;
import io.grassroots.inspection.visit.ScheduleSummary;
import io.grassroots.testing.JsonColumnChecks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every JSON column is jsonb, and an entity's JSON field is written and read back as the same value. */
@QuarkusTest
class JsonColumnsTest {
    /** table.column of every JSON column of the service (the outbox's payload is text on purpose). */
    private static final List<String> JSON_COLUMNS = List.of("policy.document", "plan.target_selector",
            "plan.materials", "plan.findings", "plan.accepted_findings", "visit.days", "visit.team", "visit.materials",
            "visit_result.rectifications", "visit_result.indicator_values", "schedule_run.summary",
            "official_calendar.holidays", "official_calendar.workdays");

    @Inject
    Db db;
    @Inject
    EntityManager em;

    @Test
    void everyJsonColumnIsJsonb() {
        JsonColumnChecks.assertJsonb(db, JSON_COLUMNS);
    }

    @Test
    void aSummaryRoundTripsThroughItsEntity() {
        ScheduleRun.Key key = new ScheduleRun.Key("45", 2099);
        ScheduleSummary summary = new ScheduleSummary("45", 2099, 3, 2, 3, 1, 1, 1.0, 2, 1, 1,
                Map.of("REFUSED", 1), List.of(new ScheduleSummary.Unmerged("p-1", "450125001", "REFUSED", false,
                        "no room", LocalDate.of(2099, 5, 4), "joins 应急管理局")),
                false);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ScheduleRun run = new ScheduleRun();
                run.key = key;
                run.summary = summary;
                run.ranBy = "coordinator-45";
                run.ranAt = Instant.parse("2099-03-02T02:00:00Z");
                em.persist(run);
            });
            ScheduleSummary read = QuarkusTransaction.requiringNew()
                    .call(() -> em.find(ScheduleRun.class, key).summary);
            assertEquals(summary, read);
            // Dates are written as ISO days (as the API writes them), so SQL can read them too.
            assertEquals("2099-05-04", db.text("select summary #>> '{unmerged,0,suggestedDate}' from schedule_run "
                    + "where region_code = '45' and year = 2099"));
        } finally {
            db.update("delete from schedule_run where region_code = '45' and year = 2099");
        }
    }
}
