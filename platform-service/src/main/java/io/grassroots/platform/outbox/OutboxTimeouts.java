package io.grassroots.platform.outbox;

import java.time.Duration;

/** How long the relay may wait for one batch, checked at startup against the transaction it runs in. */
public final class OutboxTimeouts {
    /** Time for the relay's own work around the sends: reading the rows, marking them, committing. */
    static final Duration MARGIN = Duration.ofSeconds(5);
    /** The producer's linger.ms, which Kafka wants inside the delivery timeout with the request timeout. */
    static final Duration LINGER = Duration.ofMillis(5);

    private OutboxTimeouts() {
    }

    /**
     * The longest one batch takes: a send may block for the broker's metadata up to the request timeout,
     * and Kafka ends every send within the delivery timeout.
     */
    public static Duration batchBudget(Duration requestTimeout, Duration deliveryTimeout) {
        return requestTimeout.plus(deliveryTimeout).plus(MARGIN);
    }

    /**
     * Refuses settings under which a batch could outlast its transaction: the transaction manager would
     * roll it back while the relay waits, and rows the broker had acknowledged would be sent again.
     */
    public static void check(Duration requestTimeout, Duration deliveryTimeout, Duration transactionTimeout) {
        Duration budget = batchBudget(requestTimeout, deliveryTimeout);
        if (budget.compareTo(transactionTimeout) >= 0) {
            throw new IllegalStateException("outbox.request-timeout (" + seconds(requestTimeout)
                    + ") + outbox.delivery-timeout (" + seconds(deliveryTimeout) + ") + " + seconds(MARGIN) + " = "
                    + seconds(budget) + " must be below the transaction timeout of the outbox relay's batch ("
                    + "quarkus.transaction-manager.default-transaction-timeout, " + seconds(transactionTimeout)
                    + "): lower the outbox timeouts or raise the transaction timeout");
        }
        if (deliveryTimeout.compareTo(requestTimeout.plus(LINGER)) < 0) {
            throw new IllegalStateException("outbox.delivery-timeout (" + seconds(deliveryTimeout)
                    + ") must be at least outbox.request-timeout (" + seconds(requestTimeout) + ") + "
                    + LINGER.toMillis() + " ms of linger, as Kafka's producer requires");
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
