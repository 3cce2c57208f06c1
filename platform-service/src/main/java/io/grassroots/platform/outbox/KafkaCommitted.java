package io.grassroots.platform.outbox;

import io.grassroots.platform.sql.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Outbox rows Kafka has committed whose published mark has not reached the database yet. Kafka's commit
 * and the database's are two: when the database fails between them (a crash, a restart), the rows are
 * still unpublished in the table but must not go out again. The relay marks them first on its next run,
 * and forgets them once that mark committed. Kept in memory: for a relay killed in that gap, its
 * successor learns them from Kafka (RelayProgress).
 */
@ApplicationScoped
public class KafkaCommitted {
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Set<Long> ids = new LinkedHashSet<>();

    /** The rows Kafka holds and the database does not know of yet, in id order. */
    public synchronized List<Long> unmarked() {
        return List.copyOf(ids);
    }

    /**
     * Remembers the rows the current transaction marks published, until it commits: if it does not, they
     * stay here and are marked by the next one.
     */
    public void marking(Collection<Long> rows) {
        synchronized (this) {
            ids.addAll(rows);
        }
        List<Long> marked = List.copyOf(rows);
        AfterCommit.run(transactions, () -> forget(marked));
    }

    private synchronized void forget(Collection<Long> marked) {
        ids.removeAll(marked);
    }
}
