package io.grassroots.inspection.visit;

import io.grassroots.inspection.config.PlatformConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Places queued approved plans into their year's schedule, oldest first, a batch at a time per worker
 * thread, each batch in a transaction of its own: started when an approval commits, and every few seconds for
 * plans left by a stopped instance or waiting to be tried again. A coordinator's decision never
 * waits for the schedule, and a placement that fails never undoes a decision.
 */
@ApplicationScoped
public class PlacementWorker {
    private static final Logger LOG = Logger.getLogger(PlacementWorker.class);
    @Inject
    PlatformConfig config;
    @Inject
    PlacementQueue queue;
    @Inject
    QueuedPlacements placements;

    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicInteger active = new AtomicInteger();
    private ExecutorService executor;

    @PostConstruct
    void start() {
        executor = Executors.newFixedThreadPool(config.placement().workers(), r -> {
            Thread thread = new Thread(r, "placement-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlacementQueue.Queued queued) {
        wake();
    }

    @Scheduled(every = "${grassroots.placement.sweep-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    /** Makes sure the queue is drained after this call, by the running drains or new ones. */
    void wake() {
        wanted.set(true);
        for (int n = active.get(); n < config.placement().workers(); n = active.get()) {
            if (active.compareAndSet(n, n + 1)) {
                executor.execute(this::drain);
            }
        }
    }

    private void drain() {
        try {
            do {
                wanted.set(false);
                while (placeNext()) {
                    // Every plan placed or put back for later; the next one.
                }
            } while (wanted.get());
        } finally {
            active.decrementAndGet();
        }
        // A wake between the last look at the flag and the decrement above found every drain busy: look again.
        if (wanted.get()) {
            wake();
        }
    }

    /**
     * Places the oldest due plans (up to a batch of one year) together; when that fails, each of them
     * alone, so that one failing plan does not hold up the others. False when none is due or the
     * database cannot be reached.
     */
    boolean placeNext() {
        List<PlacementQueue.Due> taken = new ArrayList<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<PlacementQueue.Due> due = queue.takeDue(config.placement().batch());
                if (due.isEmpty()) {
                    return false;
                }
                int year = due.get(0).year();
                // Plans of another year are let go at commit and taken by the next batch.
                due.stream().filter(d -> d.year() == year).forEach(taken::add);
                List<UUID> plans = taken.stream().map(PlacementQueue.Due::planId).toList();
                placements.place(plans, year);
                queue.done(plans);
                return true;
            });
        } catch (RuntimeException e) {
            if (taken.isEmpty()) {
                LOG.warnf("placement queue unreachable, retried at the next sweep: %s", e.getMessage());
                return false;
            }
            if (taken.size() == 1) {
                return failed(taken.get(0).planId(), e);
            }
            for (PlacementQueue.Due due : taken) {
                if (!placeAlone(due.planId())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Places one plan in a transaction of its own; false when the database cannot be reached. */
    private boolean placeAlone(UUID planId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> queue.take(planId).ifPresent(due -> {
                placements.place(List.of(planId), due.year());
                queue.done(List.of(planId));
            }));
            return true;
        } catch (RuntimeException e) {
            return failed(planId, e);
        }
    }

    private boolean failed(UUID planId, RuntimeException e) {
        LOG.warnf(e, "placing plan %s failed; it stays queued and is tried again later", planId);
        try {
            queue.failed(planId, String.valueOf(e.getMessage()));
            return true;
        } catch (RuntimeException again) {
            LOG.warnf("could not record the failure of plan %s: %s", planId, again.getMessage());
            return false;
        }
    }
}
