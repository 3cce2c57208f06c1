package io.grassroots.platform.inbox;

import io.grassroots.platform.web.DatabaseFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies a delivered event in a transaction of its own and decides what a failure means. An event
 * that can never be processed (malformed, unknown type, invalid) is thrown, for the channel's
 * dead-letter strategy; a passing failure (the database away or busy, a lost race, a timeout) is
 * retried with back-off until it succeeds, so the consumer never commits past an event it has not
 * applied; any other failure is retried a few times and then thrown, with its cause.
 */
@ApplicationScoped
public class EventDelivery {
    private static final Logger LOG = Logger.getLogger(EventDelivery.class);
    /** Attempts at an event that fails for a reason that is not known to pass. */
    static final int OTHER_ATTEMPTS = 3;
    static final Duration FIRST_DELAY = Duration.ofMillis(200);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** Reads the record as an event and applies it; returns once it is applied (or throws, see above). */
    public void apply(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent incoming = IncomingEvent.of(record);
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> effect.accept(incoming));
                if (attempt > 1) {
                    LOG.infof("%s %s applied at attempt %d", incoming.type(), incoming.id(), attempt);
                }
                return;
            } catch (IncomingEvent.MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                DatabaseFailures.Kind kind = DatabaseFailures.kind(e);
                if (!kind.passing() && attempt >= OTHER_ATTEMPTS) {
                    throw new UnprocessableEventException(incoming.type() + " " + incoming.id() + " failed "
                            + attempt + " times: " + e.getMessage(), e);
                }
                Duration delay = delay(attempt);
                LOG.warnf("%s %s not applied (%s, attempt %d), trying again in %d ms: %s", incoming.type(),
                        incoming.id(), kind, attempt, delay.toMillis(), e.getMessage());
                sleep(delay);
            }
        }
    }

    static Duration delay(int attempt) {
        long millis = FIRST_DELAY.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, MAX_DELAY.toMillis()));
    }

    /**
     * Waits, interrupted or not: an interrupt (the service stopping) must not fail the event, which would
     * send a good event to the dead-letter topic; unacknowledged, it is delivered again after a restart.
     */
    private static void sleep(Duration delay) {
        boolean interrupted = Thread.interrupted();
        java.util.concurrent.locks.LockSupport.parkNanos(delay.toNanos());
        if (interrupted || Thread.interrupted()) {
            LOG.debug("interrupted while an event waits to be applied again; it is not acknowledged");
        }
    }

    /** An event that failed again and again for a reason not known to pass: for the dead-letter topic. */
    public static class UnprocessableEventException extends RuntimeException {
        public UnprocessableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
