package io.grassroots.share.data;

import io.grassroots.events.data.DataReportedV1;
import io.grassroots.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores values as new versions (history is never overwritten), announces each on data-events, and
 * announces it inside the transaction too ({@link ValueStored}), so that every request and task
 * waiting on that field is answered by it without this package knowing who waits.
 */
@ApplicationScoped
public class ValueStore {
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Event<ValueStored> announce;
    @Inject
    Clock clock;
    @Inject
    FieldLocks locks;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<DataValue> write(List<NewValue> values) {
        Instant now = Instant.now(clock);
        // Two writers of one field (a unit's report and an inspection result arriving together) take
        // versions one after the other instead of colliding on the same number.
        locks.lock(values.stream().map(v -> FieldLocks.key(v.unitCode(), v.indicator(), v.period())).toList());
        List<DataValue> stored = new ArrayList<>();
        for (NewValue v : values) {
            if (v.sourceRef() != null && alreadyStored(v)) {
                continue;
            }
            DataValue row = new DataValue();
            row.unitCode = v.unitCode();
            row.indicator = v.indicator();
            row.period = v.period();
            row.version = nextVersion(v.unitCode(), v.indicator(), v.period());
            row.value = v.value();
            row.source = v.source();
            row.sourceRef = v.sourceRef();
            row.reportedBy = v.reportedBy();
            row.reportedAt = now;
            em.persist(row);
            stored.add(row);
            outbox.publish(new DataReportedV1(row.unitCode, row.indicator, row.period, row.value, row.version,
                    row.source.name(), row.sourceRef, now));
        }
        // Written before it is announced: the observers update other tables with native SQL.
        em.flush();
        for (DataValue row : stored) {
            announce.fire(new ValueStored(row.unitCode, row.indicator, row.period, row.id, row.source));
        }
        return stored;
    }

    /** The value as it stood at a moment (the latest version reported by then), or the current one. */
    public Optional<DataValue> asOf(String unit, String indicator, String period, Instant at) {
        return em.createQuery("select v from DataValue v where v.unitCode = :u and v.indicator = :i and v.period = :p "
                + "and v.reportedAt <= :at order by v.version desc", DataValue.class)
                .setParameter("u", unit).setParameter("i", indicator).setParameter("p", period)
                .setParameter("at", at == null ? Instant.now(clock) : at)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<DataValue> history(String unit, String indicator, String period) {
        return em.createQuery("select v from DataValue v where v.unitCode = :u and v.indicator = :i and v.period = :p "
                + "order by v.version", DataValue.class)
                .setParameter("u", unit).setParameter("i", indicator).setParameter("p", period).getResultList();
    }

    private boolean alreadyStored(NewValue v) {
        return !em.createQuery("select v.id from DataValue v where v.source = :s and v.sourceRef = :r "
                + "and v.unitCode = :u and v.indicator = :i and v.period = :p", Long.class)
                .setParameter("s", v.source()).setParameter("r", v.sourceRef()).setParameter("u", v.unitCode())
                .setParameter("i", v.indicator()).setParameter("p", v.period()).getResultList().isEmpty();
    }

    private int nextVersion(String unit, String indicator, String period) {
        Integer max = em.createQuery("select max(v.version) from DataValue v where v.unitCode = :u "
                + "and v.indicator = :i and v.period = :p", Integer.class)
                .setParameter("u", unit).setParameter("i", indicator).setParameter("p", period).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
