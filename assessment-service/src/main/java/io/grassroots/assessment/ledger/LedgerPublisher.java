package io.grassroots.assessment.ledger;

import io.grassroots.assessment.ledger.arithmetic.DepartmentTally;
import io.grassroots.assessment.ledger.arithmetic.LedgerArithmetic;
import io.grassroots.assessment.ledger.arithmetic.LedgerRow;
import io.grassroots.assessment.projection.DepartmentYear;
import io.grassroots.assessment.projection.Jdbc;
import io.grassroots.assessment.projection.Sql;
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
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        publishChanges();
    }

    /** Returns how many ledger rows were published. */
    @Transactional
    public int publishChanges() {
        // Rows another instance is publishing right now are left to it.
        List<DepartmentYear> dirty = sql.run(c -> Jdbc.query(c, "select department_id, year from ledger_dirty "
                + "order by year, department_id limit 5000 for update skip locked",
                rs -> new DepartmentYear(rs.getString(1), rs.getInt(2))));
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
        Map<DepartmentYear, String> last = new HashMap<>();
        sql.run(c -> Jdbc.query(c, "select p.department_id, p.year, p.figures from ledger_published p "
                + "join ledger_dirty d on d.department_id = p.department_id and d.year = p.year",
                rs -> last.put(new DepartmentYear(rs.getString(1), rs.getInt(2)), rs.getString(3))));
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
            sql.run(c -> Jdbc.update(c, "insert into ledger_published (department_id, year, figures, published_at) "
                    + "values (?, ?, ?, ?) on conflict (department_id, year) do update set figures = excluded.figures, "
                    + "published_at = excluded.published_at", d.departmentId(), d.year(), figures, now));
        }
        sql.run(c -> {
            for (DepartmentYear d : dirty) {
                Jdbc.update(c, "delete from ledger_dirty where department_id = ? and year = ?", d.departmentId(),
                        d.year());
            }
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
