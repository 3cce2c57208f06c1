package io.grassroots.share.data;

import io.grassroots.events.data.DataReportedV1;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.platform.trace.EventTrace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores values as new versions (history is never overwritten), announces each on data-events, and
 * announces them inside the transaction too ({@link ValuesStored}), so that every request and task
 * waiting on that field is answered by it without this package knowing who waits.
 */
@ApplicationScoped
public class ValueStore {
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Event<ValuesStored> announce;
    @Inject
    Clock clock;
    @Inject
    FieldLocks locks;
    @Inject
    ValueRows rows;

    /**
     * Stores the values in order, in a handful of statements whatever their number: the fields' locks, one
     * look-up of what is stored, one insert, one outbox write and the observers' statements. A value its
     * source stored before (same source reference, here or earlier in the list) is skipped; two values of
     * one field take successive versions in list order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DataValue> write(List<NewValue> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        // Two writers of one field (a unit's report and an inspection result arriving together) take
        // versions one after the other instead of colliding on the same number.
        locks.lock(values.stream().map(NewValue::field).toList());
        // Entities this transaction changed are in the table before it is read with plain JDBC.
        em.flush();
        List<ValueRows.Found> found = rows.find(values);
        Map<String, Integer> latest = new HashMap<>();
        Set<String> sourced = new HashSet<>();
        List<DataValue> stored = new ArrayList<>();
        List<EventTrace> traces = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            NewValue v = values.get(i);
            if (v.sourceRef() != null && (found.get(i).stored() || !sourced.add(v.source() + "|" + v.sourceRef()
                    + "|" + v.field()))) {
                continue;
            }
            DataValue row = new DataValue();
            row.unitCode = v.unitCode();
            row.indicator = v.indicator();
            row.period = v.period();
            row.version = latest.merge(v.field(), found.get(i).latestVersion() + 1, (was, first) -> was + 1);
            row.value = v.value();
            row.source = v.source();
            row.sourceRef = v.sourceRef();
            row.reportedBy = v.reportedBy();
            row.reportedAt = now;
            stored.add(row);
            traces.add(v.trace());
        }
        rows.insert(stored);
        outbox.publishAll(stored.stream().map(row -> new DataReportedV1(row.unitCode, row.indicator, row.period,
                row.value, row.version, row.source.name(), row.sourceRef, now)).toList(), traces);
        if (!stored.isEmpty()) {
            announce.fire(new ValuesStored(stored.stream().map(row -> new ValueStored(row.unitCode, row.indicator,
                    row.period, row.id, row.source)).toList()));
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
}
