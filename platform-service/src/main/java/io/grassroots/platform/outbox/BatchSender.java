package io.grassroots.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

/**
 * Sends one batch of outbox rows and waits for every outcome, keeping each key's order: a key's next
 * row is sent only once the one before it was acknowledged. So the rows go in waves (the first row of
 * every key, then the second, ...), and a row that failed, or was parked, holds back the rest of its key.
 */
@ApplicationScoped
public class BatchSender {
    private static final Logger LOG = Logger.getLogger(BatchSender.class);

    @Inject
    OutboxProducer producer;
    @Inject
    OutboxConfig config;

    /** What came of a batch: rows acknowledged, rows refused for good, and whether to carry on. */
    public static final class Outcome {
        public final List<OutboxEvent> published = new ArrayList<>();
        public final Map<OutboxEvent, String> parked = new LinkedHashMap<>();
        /** A send failed for a passing reason (the broker away, a timeout): try again at the next run. */
        public boolean failed;
        /** Sends without an outcome in time: the producer was replaced. */
        public boolean undecided;
        /** A send failed at once for a passing reason: the broker is away, and no further wave is tried. */
        private boolean halted;
    }

    /** Sends the rows (in id order) and returns what came of each; waits at most the batch budget. */
    public Outcome send(List<OutboxEvent> rows) {
        Map<String, ArrayDeque<OutboxEvent>> keys = new LinkedHashMap<>();
        for (OutboxEvent row : rows) {
            keys.computeIfAbsent(row.key, k -> new ArrayDeque<>()).add(row);
        }
        Outcome outcome = new Outcome();
        long limit = System.nanoTime() + OutboxTimeouts.batchBudget(config.requestTimeout(), config.deliveryTimeout())
                .toNanos();
        long waveNeeds = config.deliveryTimeout().plus(OutboxTimeouts.MARGIN).toNanos();
        boolean first = true;
        while (!keys.isEmpty() && !outcome.halted && !outcome.undecided) {
            if (!first && limit - System.nanoTime() < waveNeeds) {
                break; // A wave might not end within the transaction: the rest go with the next batch.
            }
            first = false;
            wave(keys, outcome, limit);
        }
        if (outcome.undecided) {
            // Not seen from Kafka, which ends every send within its delivery timeout; fail what it still
            // holds, so that nothing of this batch arrives after the rows are sent again.
            LOG.warn("outbox sends without an outcome after the delivery timeout; the producer is replaced");
            producer.discard();
        }
        return outcome;
    }

    /** Sends the next row of every key, then waits for each outcome until the limit. */
    private void wave(Map<String, ArrayDeque<OutboxEvent>> keys, Outcome outcome, long limit) {
        List<OutboxEvent> rows = new ArrayList<>();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Iterator<ArrayDeque<OutboxEvent>> it = keys.values().iterator(); it.hasNext();) {
            ArrayDeque<OutboxEvent> queue = it.next();
            OutboxEvent row = queue.poll();
            Future<RecordMetadata> send = producer.send(row);
            Throwable refused = send.isDone() ? failure(send) : null;
            if (refused == null) {
                rows.add(row);
                sends.add(send);
                if (queue.isEmpty()) {
                    it.remove();
                }
                continue;
            }
            it.remove();
            if (permanent(refused)) {
                outcome.parked.put(row, reason(refused));
            } else {
                // No metadata within the request timeout: the broker is away, the rest would wait as long.
                notAcknowledged(row, refused, outcome);
                outcome.halted = true;
                break;
            }
        }
        for (int i = 0; i < sends.size(); i++) {
            OutboxEvent row = rows.get(i);
            try {
                sends.get(i).get(Math.max(0, limit - System.nanoTime()), TimeUnit.NANOSECONDS);
                outcome.published.add(row);
            } catch (ExecutionException e) {
                keys.remove(row.key);
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (permanent(cause)) {
                    outcome.parked.put(row, reason(cause));
                } else {
                    notAcknowledged(row, cause, outcome);
                }
            } catch (TimeoutException e) {
                keys.remove(row.key);
                outcome.undecided = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                keys.clear();
                outcome.undecided = true;
                return;
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

    private static void notAcknowledged(OutboxEvent row, Throwable cause, Outcome outcome) {
        outcome.failed = true;
        LOG.warnf("outbox row %d (%s) not acknowledged, will send it again: %s", row.id, row.type, cause.getMessage());
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
