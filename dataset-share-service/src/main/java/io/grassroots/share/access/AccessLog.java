package io.grassroots.share.access;

import io.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records every read of a unit's data: who, what, when, for which request, and denied attempts too. */
@ApplicationScoped
public class AccessLog {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** One entry of the log. */
    public record Entry(String unitCode, String indicator, String period, UUID requestId, Outcome outcome,
            String reason) {
    }

    /** Whether the caller read the value or was refused it. */
    public enum Outcome {
        READ, DENIED
    }

    /** Writes entries as part of the caller's transaction: the read and its trace commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, List<Entry> entries) {
        write(caller, entries);
    }

    /** Writes denied attempts in a transaction of their own, so they stay when the request is refused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDenied(Caller caller, List<Entry> entries) {
        write(caller, entries);
    }

    private void write(Caller caller, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        // One JDBC batch for all lines: a request of fifty fields reads fifty values and logs fifty lines.
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into access_log (unit_code, "
                    + "department_id, caller, indicator, period, request_id, outcome, reason, at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    insert.setString(1, e.unitCode());
                    insert.setString(2, caller.department());
                    insert.setString(3, caller.subject());
                    insert.setString(4, e.indicator());
                    insert.setString(5, e.period());
                    insert.setObject(6, e.requestId());
                    insert.setString(7, e.outcome().name());
                    insert.setString(8, e.reason());
                    insert.setTimestamp(9, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
