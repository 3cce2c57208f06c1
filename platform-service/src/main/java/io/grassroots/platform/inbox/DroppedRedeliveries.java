package io.grassroots.platform.inbox;

import io.grassroots.platform.sql.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * How many deliveries a consumer's inbox found already applied and dropped, as the counter
 * {@code inbox.duplicates.dropped} ({@code inbox_duplicates_dropped_total} on {@code /q/metrics}).
 * A drop counts once the transaction that found it commits, so a drop retried after a passing failure
 * counts once. The counter starts at 0 with the process: it says how often the second line of defence
 * worked (a record redelivered after a consumer restarted before committing its offset, a batch the
 * outbox sent again), not that anything went wrong.
 */
@Startup
@ApplicationScoped
public class DroppedRedeliveries {
    static final String COUNTER = "inbox.duplicates.dropped";

    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private Counter counter;

    @PostConstruct
    void register() {
        counter = Counter.builder(COUNTER)
                .description("Deliveries of events this service had applied before, dropped by its inbox")
                .register(registry);
    }

    /** Counts a delivery found already applied, when the current transaction commits (at once without one). */
    public void dropped() {
        if (transactions.getTransactionKey() == null) {
            counter.increment();
            return;
        }
        AfterCommit.run(transactions, counter::increment);
    }

    /** The drops counted since the service started. */
    public double count() {
        return counter.count();
    }
}
