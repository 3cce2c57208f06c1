package io.grassroots.platform.outbox;

import io.grassroots.platform.sql.AfterCommit;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Starts the relay shortly after a transaction that wrote outbox rows commits, on a thread of its own: the
 * committing thread (a consumer's, a request's) never publishes, and the commits within
 * {@link OutboxConfig#wakeDelay()} go out in one run, in small batches instead of a second's worth at once.
 */
@ApplicationScoped
public class RelayWake {
    private static final Logger LOG = Logger.getLogger(RelayWake.class);
    private static final Object REGISTERED = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxConfig config;

    private final AtomicBoolean pending = new AtomicBoolean();
    private ScheduledThreadPoolExecutor runner;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        runner = new ScheduledThreadPoolExecutor(1, task -> {
            // The thread is made on the first committing thread, whose MDC (a record's request and trace ids)
            // it would otherwise inherit into every relay line for good.
            Thread thread = new Thread(() -> {
                MDC.clear();
                task.run();
            }, "outbox-relay-wake");
            thread.setDaemon(true);
            return thread;
        });
        // A run still waiting when the application stops would meet a closed database: it is dropped.
        runner.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Wakes the relay once the current transaction commits (once per transaction, however many writes). */
    void afterCommit() {
        // A transaction marked for rollback refuses a synchronization, and will not commit anyway.
        if (!config.relayEnabled() || transactions.getTransactionStatus() != Status.STATUS_ACTIVE
                || transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        AfterCommit.run(transactions, this::wake);
    }

    private void wake() {
        if (!relay.working() || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            runner.schedule(() -> {
                pending.set(false);
                if (stopping) {
                    return;
                }
                try {
                    relay.relayNow();
                } catch (RuntimeException e) {
                    // The schedule goes on, and publishes what this run left.
                    LOG.debugf("woken outbox relay: %s", e.toString());
                }
            }, config.wakeDelay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            pending.set(false);
        }
    }

    /** No new run once the application stops; one under way ends as a scheduled one would. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        runner.shutdown();
    }
}
