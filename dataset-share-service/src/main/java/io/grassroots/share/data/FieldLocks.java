package io.grassroots.share.data;

import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Holds fields (unit, indicator, period) until the transaction ends, so that everything that changes
 * one field happens one after the other: two writers take successive versions, two requests that
 * miss the field share one task, and a request filed while a value lands sees it. Locks are taken in
 * one order, so two transactions locking overlapping fields never wait on each other in a circle.
 */
@ApplicationScoped
public class FieldLocks {
    @Inject
    EntityManager em;

    public static String key(String unit, String indicator, String period) {
        return unit + "|" + indicator + "|" + period;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<String> fieldKeys) {
        if (fieldKeys.isEmpty()) {
            return;
        }
        List<String> keys = fieldKeys.stream().distinct().toList();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement lock = connection.prepareStatement("select count(pg_advisory_xact_lock(k)) "
                    + "from (select distinct hashtextextended(f, 0) k from unnest(?) f order by 1) ordered")) {
                SqlArrays.texts(lock, 1, keys);
                lock.executeQuery().close();
            }
        });
    }
}
