package io.grassroots.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends one batch of outbox rows as one Kafka transaction and learns its outcome: committed (every
 * row published), aborted (none; a row Kafka refuses for good is named for parking), or undecided
 * (the commit did not answer in time). An undecided commit is kept and asked again before anything
 * else is sent, so a batch is sent again only once Kafka has said it is not committed: consumers
 * reading committed records see each event once, however the broker fails.
 */
@ApplicationScoped
public class BatchSender {
    private static final Logger LOG = Logger.getLogger(BatchSender.class);

    @Inject
    OutboxProducer producer;

    /** The rows of a transaction whose commit did not answer in time. */
    private List<OutboxEvent> undecided = List.of();

    /** What came of a batch: rows published, rows refused for good, and whether to carry on. */
    public static final class Outcome {
        public final List<OutboxEvent> published = new ArrayList<>();
        public final Map<OutboxEvent, String> parked = new LinkedHashMap<>();
        /** Nothing went out for a passing reason (the broker away, a timeout): try again at the next run. */
        public boolean failed;
    }

    /** Makes the producer when there is none; returns its generation (see OutboxProducer#open). */
    public synchronized long open() {
        return producer.open();
    }

    /** Whether an earlier batch's commit is still undecided: it must be settled before a new batch. */
    public synchronized boolean hasUndecided() {
        return !undecided.isEmpty();
    }

    /**
     * Asks again for the undecided commit: its rows are published when it went through; none are when it
     * was aborted (they go with the next batch); and it stays undecided while Kafka does not answer.
     */
    public synchronized Outcome settle() {
        Outcome outcome = new Outcome();
        try {
            producer.commit();
            outcome.published.addAll(undecided);
            undecided = List.of();
        } catch (TimeoutException e) {
            outcome.failed = true;
        } catch (KafkaException e) {
            LOG.warnf("an undecided outbox transaction of %d rows was not committed; they go again: %s",
                    undecided.size(), e.getMessage());
            producer.abort();
            undecided = List.of();
            outcome.failed = true;
        }
        return outcome;
    }

    /**
     * Sends the rows (in id order) in one transaction and returns what came of them. The transaction also
     * says which rows it carries, these and the unmarked ones of earlier transactions (RelayProgress), for
     * a relay that starts after this one died before the database heard of it.
     */
    public synchronized Outcome send(List<OutboxEvent> rows, Collection<Long> unmarked) {
        Outcome outcome = new Outcome();
        try {
            producer.begin();
        } catch (KafkaException e) {
            LOG.warnf("outbox transaction not begun (the broker away?): %s", e.getMessage());
            producer.discard();
            outcome.failed = true;
            return outcome;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            Future<RecordMetadata> send = producer.send(row);
            sends.add(send);
            Throwable refused = send.isDone() ? failure(send) : null;
            if (refused != null) {
                // Refused by the client (too large) or no metadata in time (the broker away): the rest need not go.
                settleFailure(rows, sends, outcome);
                return outcome;
            }
        }
        Set<Long> carried = new TreeSet<>(unmarked);
        rows.forEach(row -> carried.add(row.id));
        Future<RecordMetadata> progress = producer.sendProgress(carried);
        Throwable progressRefused = progress.isDone() ? failure(progress) : null;
        if (progressRefused != null) {
            LOG.warnf("outbox progress record refused, the batch goes again: %s", progressRefused.getMessage());
            settleFailure(rows, sends, outcome);
            return outcome;
        }
        try {
            producer.commit();
            outcome.published.addAll(rows);
        } catch (TimeoutException e) {
            LOG.warnf("outbox transaction of %d rows undecided: its commit did not answer in time", rows.size());
            undecided = List.copyOf(rows);
            outcome.failed = true;
        } catch (KafkaException e) {
            settleFailure(rows, sends, outcome);
        }
        return outcome;
    }

    /** Aborts the transaction and names the rows Kafka refused for good; the rest go again later. */
    private void settleFailure(List<OutboxEvent> rows, List<Future<RecordMetadata>> sends, Outcome outcome) {
        producer.abort();
        outcome.failed = true;
        for (int i = 0; i < sends.size(); i++) {
            Throwable cause = sends.get(i).isDone() ? failure(sends.get(i)) : null;
            if (cause != null && permanent(cause)) {
                outcome.parked.put(rows.get(i), reason(cause));
            } else if (cause != null && outcome.parked.isEmpty()) {
                LOG.warnf("outbox row %d (%s) not acknowledged, its batch goes again: %s", rows.get(i).id,
                        rows.get(i).type, cause.getMessage());
            }
        }
    }

    /**
     * Refusals that no retry can change: the record is larger than the producer or the topic takes, the
     * topic's name is invalid, the value cannot be serialized. An unknown topic or partition is not one
     * of them (the topic was made, its metadata may lag), nor is any broker or network failure.
     */
    static boolean permanent(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof InvalidTopicException
                || failure instanceof SerializationException;
    }

    private static String reason(Throwable failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return reason.length() <= 1000 ? reason : reason.substring(0, 1000) + "…";
    }

    private static Throwable failure(Future<RecordMetadata> done) {
        try {
            done.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }
}
