package io.grassroots.platform.inbox;

import io.grassroots.platform.web.DatabaseFailures;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies a delivered event in a transaction of its own and decides what a failure means. An event
 * that can never be processed (malformed, unknown type, invalid) is thrown, for the channel's
 * dead-letter strategy; a passing failure (the database away or busy, a lost race, a timeout) is
 * retried with back-off until it succeeds, so the consumer never commits past an event it has not
 * applied; any other failure is retried a few times and then thrown, with its cause. While the
 * service stops, a failing event is held unacknowledged, never thrown.
 */
@ApplicationScoped
public class EventDelivery {
    private static final Logger LOG = Logger.getLogger(EventDelivery.class);
    /** Attempts at an event that fails for a reason that is not known to pass. */
    static final int OTHER_ATTEMPTS = 3;
    static final Duration FIRST_DELAY = Duration.ofMillis(200);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    @Inject
    Tracer tracer;
    @Inject
    ObjectMapper json;
    /** Set once the service begins to stop (before its database layer closes). */
    private volatile boolean stopping;

    /**
     * Reads the record as an event and applies it; returns once it is applied (or throws, see above).
     * The work is a span of the trace that wrote the event (its traceparent header), and its log lines
     * carry that trace and the request id that caused the event; so do the events it writes in turn.
     */
    public void apply(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        inSpan(record, span -> applyNow(record, effect, span));
    }

    /**
     * Runs work on a record as a span of the trace that wrote it, with that trace and request id in the
     * MDC ({@link BatchDelivery} applies each record of a batch this way too).
     */
    void inSpan(ConsumerRecord<String, String> record, Consumer<Span> work) {
        try (RecordSpan span = open(record)) {
            span.run(work);
        }
    }

    /** The record's span, open until closed, for work that enters it more than once ({@link BatchDelivery}). */
    RecordSpan open(ConsumerRecord<String, String> record) {
        return RecordSpan.open(tracer, record);
    }

    private void applyNow(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect, Span span) {
        IncomingEvent incoming = read(record, span);
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> effect.accept(incoming));
                if (attempt > 1) {
                    LOG.infof("%s %s applied at attempt %d", incoming.type(), incoming.id(), attempt);
                } else {
                    LOG.debugf("%s %s applied", incoming.type(), incoming.id());
                }
                return;
            } catch (IncomingEvent.MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                DatabaseFailures.Kind kind = DatabaseFailures.kind(e);
                Next next = next(attempt, kind.passing(), stopping);
                if (next == Next.HOLD) {
                    holdUntilExit(incoming, e);
                }
                if (next == Next.GIVE_UP) {
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

    /** The record's event, named on its span; a record that is no event is refused as malformed. */
    IncomingEvent read(ConsumerRecord<String, String> record, Span span) {
        IncomingEvent incoming = IncomingEvent.of(record, json);
        span.setAttribute("messaging.message.id", incoming.id());
        span.setAttribute("cloudevents.event_type", incoming.type());
        return incoming;
    }

    /** What follows a failed attempt: another one, giving the event up to the dead-letter topic, or holding it. */
    enum Next {
        RETRY, GIVE_UP, HOLD
    }

    /**
     * A service that is stopping fails every event once its database layer has closed: such a failure
     * says nothing about the event, which is held unacknowledged (delivered again after the restart)
     * instead of being given up to the dead-letter topic.
     */
    static Next next(int attempt, boolean passing, boolean stopping) {
        if (stopping) {
            return Next.HOLD;
        }
        return !passing && attempt >= OTHER_ATTEMPTS ? Next.GIVE_UP : Next.RETRY;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Neither acknowledges nor refuses the event: the thread waits for the process to end. */
    private static void holdUntilExit(IncomingEvent incoming, RuntimeException failure) {
        LOG.infof("the service is stopping: %s %s is left unacknowledged, to be delivered again (%s)",
                incoming.type(), incoming.id(), failure.getMessage());
        while (true) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
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
