package io.grassroots.share.access;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
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
        // One statement for all lines, each column as one array: a request of fifty fields logs fifty lines.
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into access_log (unit_code, "
                    + "department_id, caller, indicator, period, request_id, outcome, reason, at) "
                    + "select u, ?, ?, i, p, r::uuid, o, why, ? from unnest(?::text[], ?::text[], ?::text[], "
                    + "?::text[], ?::text[], ?::text[]) e(u, i, p, r, o, why)")) {
                insert.setString(1, caller.department());
                insert.setString(2, caller.subject());
                insert.setTimestamp(3, now);
                SqlArrays.texts(insert, 4, entries, Entry::unitCode);
                SqlArrays.texts(insert, 5, entries, Entry::indicator);
                SqlArrays.texts(insert, 6, entries, Entry::period);
                SqlArrays.texts(insert, 7, entries, e -> e.requestId() == null ? null : e.requestId().toString());
                SqlArrays.texts(insert, 8, entries, e -> e.outcome().name());
                SqlArrays.texts(insert, 9, entries, Entry::reason);
                insert.executeUpdate();
            }
        });
    }
}
