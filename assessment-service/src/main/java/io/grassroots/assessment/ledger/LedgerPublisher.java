package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.assessment.ledger.arithmetic.DepartmentTally;
import io.grassroots.assessment.ledger.arithmetic.LedgerArithmetic;
import io.grassroots.assessment.ledger.arithmetic.LedgerRow;
import io.grassroots.events.assessment.LedgerPublishedV1;
import io.grassroots.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishes ledger.published.v1 for each department-year whose row changed materially since it was
 * last published (see {@link LedgerArithmetic#fingerprint}), through the outbox: the event and the
 * record of what was published commit together.
 */
@ApplicationScoped
public class LedgerPublisher {
    @Inject
    Sql sql;
    @Inject
    LedgerService ledger;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Scheduled(every = "${grassroots.ledger.publish-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        publishChanges();
    }

    /** Returns how many ledger rows were published. */
    @Transactional
    public int publishChanges() {
        // Rows another instance is publishing right now are left to it.
        List<DepartmentYear> dirty = sql.run(c -> DirtyRows.claim(c, 5000));
        if (dirty.isEmpty()) {
            return 0;
        }
        Map<Integer, Map<String, LedgerRow>> byYear = new TreeMap<>();
        for (DepartmentYear d : dirty) {
            byYear.computeIfAbsent(d.year(), y -> {
                Map<String, LedgerRow> rows = new HashMap<>();
                ledger.departments(y, null).forEach(r -> rows.put(r.counts().departmentId(), r));
                return rows;
            });
        }
        Instant now = Instant.now(clock);
        Map<DepartmentYear, String> last = sql.run(PublishedFigures::ofQueued);
        List<LedgerPublishedV1> events = new ArrayList<>();
        LedgerArithmetic arithmetic = ledger.arithmetic();
        for (DepartmentYear d : dirty) {
            LedgerRow row = byYear.get(d.year()).get(d.departmentId());
            if (row == null) {
                row = arithmetic.row(DepartmentTally.empty(d.departmentId(), d.year()));
            }
            String figures = LedgerArithmetic.fingerprint(row);
            if (figures.equals(last.get(d))) {
                continue;
            }
            events.add(event(row, now));
            sql.run(c -> {
                PublishedFigures.record(c, d, figures, now);
                return null;
            });
        }
        sql.run(c -> {
            DirtyRows.clear(c, dirty);
            return null;
        });
        outbox.publishAll(events);
        return events.size();
    }

    private static LedgerPublishedV1 event(LedgerRow r, Instant now) {
        DepartmentTally t = r.counts();
        return new LedgerPublishedV1(t.departmentId(), t.year(), t.plansFiled(), t.targetsFiled(), t.baseline(),
                t.quotaLimit(), t.targetsMerged(), t.fieldsRequested(), t.fieldsAnsweredShared(),
                t.fieldsAskedOfUnits(), t.submissionsRefused(), r.feedbackMean(), r.unitHoursImposed(),
                r.reliefScore(), r.burdenScore(), now);
    }
}
