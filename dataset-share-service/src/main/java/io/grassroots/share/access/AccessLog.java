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
    public record Entry(String unitCode, String indicator, String period, UUID requestId, String outcome,
            String reason) {
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
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (Entry e : entries) {
            em.createNativeQuery("insert into access_log (unit_code, department_id, caller, indicator, period, "
                    + "request_id, outcome, reason, at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, e.unitCode()).setParameter(2, caller.department())
                    .setParameter(3, caller.subject()).setParameter(4, e.indicator()).setParameter(5, e.period())
                    .setParameter(6, e.requestId()).setParameter(7, e.outcome()).setParameter(8, e.reason())
                    .setParameter(9, now).executeUpdate();
        }
    }
}
