package io.grassroots.platform.outbox;

import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka, oldest first, one relay at a time across instances, a batch per
 * Kafka transaction, and marks the rows published once the transaction committed. A batch goes again
 * only after Kafka said it was not committed (see BatchSender): while the broker is away rows stay
 * put, and go out once when it is back; while the database is away, what Kafka took is remembered and
 * marked when it is back (see KafkaCommitted); when the relay itself dies between the two, the next one
 * learns from Kafka what was committed and marks it before it sends (see RelayProgress). A row Kafka refuses for good is parked, and the later rows of
 * its key wait behind it; other keys go on.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock that lets one relay of this outbox work at a time (each service has its own database). */
    private static final long RELAY_LOCK = 0x0B0C_5E1AL;
    /** Payload bytes one batch reads at most (its first row whatever its size): large events never pile up. */
    static final long BATCH_BYTES = 32L * 1024 * 1024;
    /**
     * Unpublished rows that may go now, in id order: not parked, and not behind an unpublished parked row
     * of their key. The innermost query limits the rows, the next one the bytes, before anything is loaded.
     */
    private static final String WAITING = "select id, event_id, topic, event_key, event_type, subject, payload, "
            + "created_at, trace_parent, request_id from outbox_event where id in (select id from ("
            + "select id, sum(len) over (order by id) - len as before from ("
            + "select o.id, octet_length(o.payload) as len from outbox_event o "
            + "where o.published_at is null and o.parked_at is null and not exists (select 1 from outbox_event p "
            + "where p.event_key = o.event_key and p.id < o.id and p.parked_at is not null and p.published_at is null) "
            + "order by o.id limit ?) limited) sized where before < ?) order by id";

    @Inject
    EntityManager em;
    @Inject
    OutboxConfig config;
    @Inject
    TopicProvisioner topics;
    @Inject
    BatchSender sender;
    @Inject
    ParkedEvents parked;
    @Inject
    KafkaCommitted committed;
    @Inject
    RelayProgress progress;
    @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
    Duration transactionTimeout;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean working = true;
    /** Whether the run's last batch failed (read and written by the one run under way). */
    private boolean failed;
    /** The producer generation whose predecessor's progress has been marked (0: none yet). */
    private long recovered;

    /** Refuses to start when a batch could outlast the transaction it runs in. */
    void checkTimeouts(@Observes StartupEvent start) {
        OutboxTimeouts.check(config.requestTimeout(), config.deliveryTimeout(), transactionTimeout);
    }

    @Scheduled(every = "${outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        if (!config.relayEnabled()) {
            return;
        }
        try {
            // The parked rows' gauge, once a schedule's turn: the woken runs only publish.
            parked.refresh();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused: %s", e.getMessage());
            return;
        }
        relayNow();
    }

    /**
     * Publishes what is waiting, one run at a time in this instance (the schedule's and {@link RelayWake}'s):
     * a run asked for while one is under way is made by that one once it is done.
     */
    @ActivateRequestContext
    public void relayNow() {
        if (!config.relayEnabled()) {
            return;
        }
        again.set(true);
        while (again.get() && running.tryLock()) {
            try {
                again.set(false);
                drain();
            } finally {
                running.unlock();
            }
        }
    }

    /**
     * Whether the last run went through: while it did not (the broker or the database away), only the schedule
     * tries again, once a second, and a commit does not wake the relay.
     */
    public boolean working() {
        return working;
    }

    /** Whether no run is under way in this instance. */
    public boolean idle() {
        return !running.isLocked();
    }

    private void drain() {
        try {
            if (!topics.ensureTopics()) {
                working = false;
                return;
            }
            failed = false;
            boolean more = true;
            while (more) {
                // Everything read went out or was parked: more may be waiting, keep going until drained.
                more = publishBatch();
            }
            working = !failed && !sender.hasUndecided();
        } catch (RuntimeException e) {
            working = false;
            LOG.warnf("outbox relay paused: %s", e.getMessage());
        }
    }

    /** Sends one batch; true when it read rows and none of them failed, so that more may go at once. */
    @Transactional
    public boolean publishBatch() {
        // Another instance's relay at work: its rows would be skipped, and later rows could overtake them.
        Object mine = em.createNativeQuery("select pg_try_advisory_xact_lock(:key)").setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return false;
        }
        long generation = sender.open();
        if (generation != recovered) {
            // A new producer fenced whichever relay came before (a killed process, another instance): what
            // that one's last transaction carried may be on Kafka and not marked here.
            List<Long> carried = progress.lastCommitted();
            if (!carried.isEmpty()) {
                mark(carried, Instant.now());
            }
            recovered = generation;
        }
        List<Long> unmarked = committed.unmarked();
        if (!unmarked.isEmpty()) {
            // Kafka took these, the database did not hear of it: marked now, they are out of the next read.
            mark(unmarked, Instant.now());
        }
        if (sender.hasUndecided()) {
            // A batch's commit did not answer: nothing else goes out until Kafka says what became of it.
            return record(sender.settle());
        }
        // Read with plain JDBC: an entity query built its result mapping again on every batch (a tenth of a
        // results consumer's CPU at 1,000 events a second), for rows the relay only reads.
        List<OutboxEvent> rows = JdbcStatements.query(em, WAITING, select -> {
            select.setInt(1, config.batchSize());
            select.setLong(2, BATCH_BYTES);
        }, OutboxRelay::waiting);
        if (rows.isEmpty()) {
            failed = false;
            return false;
        }
        return record(sender.send(rows, committed.unmarked()));
    }

    private static OutboxEvent waiting(ResultSet row) throws SQLException {
        OutboxEvent event = new OutboxEvent();
        event.id = row.getLong(1);
        event.eventId = row.getObject(2, UUID.class);
        event.topic = row.getString(3);
        event.key = row.getString(4);
        event.type = row.getString(5);
        event.subject = row.getString(6);
        event.payload = row.getString(7);
        event.createdAt = row.getTimestamp(8).toInstant();
        event.traceParent = row.getString(9);
        event.requestId = row.getString(10);
        return event;
    }

    /** Marks what was published and parks what Kafka refused for good; true when the relay may go on. */
    private boolean record(BatchSender.Outcome outcome) {
        failed = outcome.failed;
        Instant now = Instant.now();
        if (!outcome.published.isEmpty()) {
            mark(outcome.published.stream().map(row -> row.id).toList(), now);
        }
        for (Map.Entry<OutboxEvent, String> refused : outcome.parked.entrySet()) {
            park(refused.getKey(), refused.getValue(), now);
        }
        return !outcome.failed || !outcome.parked.isEmpty();
    }

    /** Marks rows Kafka committed, remembering them until the mark itself committed. */
    private void mark(List<Long> ids, Instant now) {
        committed.marking(ids);
        // An update of these columns only (the entity's would write every payload back), its ids as one array:
        // one statement text whatever the batch's size, where a list parameter made one per size.
        em.flush();
        JdbcStatements.update(em, "update outbox_event set published_at = ? where id = any(?) and published_at is null",
                update -> {
                    update.setTimestamp(1, Timestamp.from(now));
                    SqlArrays.longs(update, 2, ids, id -> id);
                });
    }

    private void park(OutboxEvent row, String reason, Instant now) {
        em.createNativeQuery("update outbox_event set parked_at = :now, park_reason = :reason where id = :id")
                .setParameter("now", now)
                .setParameter("reason", reason)
                .setParameter("id", row.id)
                .executeUpdate();
        // Once per parking: the relay skips the row from now on.
        LOG.errorf("outbox row %d (%s, topic %s, key %s) is parked: Kafka refuses it for good (%s). Later events "
                + "of this key wait behind it; other keys go on. Fix the cause, then release it: update outbox_event "
                + "set parked_at = null, park_reason = null where id = %d", row.id, row.type, row.topic, row.key,
                reason, row.id);
    }
}
