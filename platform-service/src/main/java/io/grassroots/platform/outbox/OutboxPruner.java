package io.grassroots.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Deletes the outbox's oldest rows once they were published longer ago than {@code outbox.keep-published}: every
 * event a service ever wrote stayed in its table, a second copy of the topics' history. Only a prefix of the table
 * in id order goes, up to the first row that is unpublished (waiting, parked, or sent but not yet marked) or
 * published since the cutoff, so nothing the relay may still need is touched, and a batch reads at most its size of
 * rows through the primary key. Safe with several instances: a row deleted twice is deleted once.
 */
@ApplicationScoped
public class OutboxPruner {
    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);
    static final int BATCH = 5_000;
    /** At most this many batches an hour: a backlog of years goes over several runs, not one long one. */
    private static final int MAX_BATCHES = 200;
    private static final String PRUNE = "with head as (select id, published_at from outbox_event order by id limit ?), "
            + "kept as (select min(id) as id from head where published_at is null or published_at >= ?) "
            + "delete from outbox_event o using head h where o.id = h.id "
            + "and h.id < coalesce((select id from kept), 9223372036854775807)";

    @Inject
    EntityManager em;
    @Inject
    OutboxConfig config;
    @Inject
    Clock clock;

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pruneHourly() {
        Instant cutoff = Instant.now(clock).minus(config.keepPublished());
        int deleted = 0;
        try {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int n = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(
                        c -> prune(c, cutoff, BATCH)));
                deleted += n;
                if (n < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox pruning paused after %d rows: %s", deleted, e.getMessage());
        }
        if (deleted > 0) {
            LOG.infof("%d outbox rows published before %s deleted", deleted, cutoff);
        }
    }

    /** Deletes up to {@code batch} of the oldest rows published before the cutoff, in one statement; how many. */
    static int prune(Connection connection, Instant cutoff, int batch) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(PRUNE)) {
            delete.setInt(1, batch);
            delete.setTimestamp(2, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }
}
