package io.grassroots.platform.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.commit.ContextHolder;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * SmallRye's "latest" commit strategy (each acknowledged record's offset committed as soon as the channel's
 * request before it is answered), with a failed commit tried again until it lands, a later one supersedes it, or
 * the partition is revoked. SmallRye's own logs a failure and waits for the partition's next record, so a commit
 * lost to a rebalance after a broker fault left an idle partition's group behind for good (ScaleOutIT saw it): a
 * lag no monitor could tell from a stuck consumer, and the poll delivered again after a restart.
 */
public class RetriedLatestCommit extends ContextHolder implements KafkaCommitHandler {
    static final String STRATEGY = "latest-retried";
    private static final Logger LOG = Logger.getLogger(RetriedLatestCommit.class);
    /** What a retry waits: long enough for a rebalance or a coordinator's move to settle. */
    static final long RETRY_MILLIS = 1_000;

    private final KafkaConsumer<?, ?> consumer;
    private final String channel;
    private final long retryMillis;
    // The state below is read and written on the channel's context only (runOnContext, runOnContextAndAwait).
    /** Per partition, the offset after the newest acknowledged record: what the group's commit should be. */
    private final Map<TopicPartition, Long> acknowledged = new HashMap<>();
    /** Per partition, the offset last asked of the broker, in flight, committed, or failed and waiting. */
    private final Map<TopicPartition, Long> sent = new HashMap<>();
    /** Per partition whose last commit failed, the tries so far (for the logs). */
    private final Map<TopicPartition, Integer> failures = new HashMap<>();
    /**
     * Whether a request is out. A batch acknowledges each of its partitions apart, and the consumers keep several
     * batches in flight: one request for all partitions acknowledged meanwhile costs the broker one write where
     * one per partition cost one each (270.8 requests a second at 1,000 results in bench-results, 96.4 now).
     */
    private boolean inFlight;
    /** Set when the channel stops: a retry then has no consumer left to commit with. */
    private volatile boolean terminated;

    RetriedLatestCommit(Vertx vertx, String channel, int timeoutMillis, KafkaConsumer<?, ?> consumer,
            long retryMillis) {
        super(vertx, timeoutMillis);
        this.consumer = consumer;
        this.channel = channel;
        this.retryMillis = retryMillis;
    }

    @Override
    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
        TopicPartition partition = new TopicPartition(record.getTopic(), record.getPartition());
        long next = record.getOffset() + 1;
        runOnContext(() -> {
            Long known = acknowledged.get(partition);
            if (known == null || known < next) {
                acknowledged.put(partition, next);
                failures.remove(partition);
                flush();
            }
        });
        return Uni.createFrom().voidItem().runSubscriptionOn(record::runOnMessageContext);
    }

    @Override
    public void partitionsAssigned(Collection<TopicPartition> partitions) {
        // Taken up afresh from the group's committed offset, which may lie below what this consumer once
        // acknowledged there: every acknowledgement from now on is committed again. On the context, like
        // every other change of this state: a flush there must not see a partition half forgotten.
        runOnContextAndAwait(() -> {
            forget(partitions);
            return null;
        });
    }

    @Override
    public void partitionsRevoked(Collection<TopicPartition> partitions) {
        // Its new owner commits from here on; a late retry of ours could move its offset back. (An eager
        // rebalance revokes every partition and assigns them again, so a commit that failed in one is not
        // retried: the poll is delivered again from the committed offset, and the inbox drops it.) What was
        // acknowledged and still waits behind the channel's request is committed now, while the partition is
        // ours (this runs on the polling thread, as the consumer's own commits must), closing included.
        Map<TopicPartition, OffsetAndMetadata> waiting = runOnContextAndAwait(() -> {
            Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
            partitions.forEach(partition -> {
                Long next = acknowledged.get(partition);
                if (next != null && !next.equals(sent.get(partition))) {
                    out.put(partition, new OffsetAndMetadata(next, null));
                }
            });
            forget(partitions);
            return out;
        });
        if (!waiting.isEmpty()) {
            try {
                consumer.unwrap().commitSync(waiting);
            } catch (RuntimeException e) {
                LOG.warnf("%s: committing %s as its partitions were revoked failed (%s); their new owner reads"
                        + " them again and its inbox drops them", channel, waiting, e);
            }
        }
    }

    private void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> {
            acknowledged.remove(partition);
            sent.remove(partition);
            failures.remove(partition);
        });
    }

    /**
     * Sends what was acknowledged since the last request, unless one is out; a partition whose commit failed is
     * left for its retry or its next acknowledgement.
     */
    private void flush() {
        if (inFlight) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        acknowledged.forEach((partition, next) -> {
            if (!next.equals(sent.get(partition))) {
                offsets.put(partition, new OffsetAndMetadata(next, null));
                sent.put(partition, next);
            }
        });
        if (offsets.isEmpty()) {
            return;
        }
        inFlight = true;
        // Bounded, so that a request no callback ever answers cannot hold every later commit of the channel.
        consumer.commitAsync(offsets).ifNoItem().after(Duration.ofMillis(getTimeoutInMillis())).fail()
                .subscribe().with(done -> runOnContext(() -> landed(offsets)),
                        failure -> runOnContext(() -> failed(offsets, failure)));
    }

    private void landed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        inFlight = false;
        offsets.forEach((partition, offset) -> {
            Integer retries = failures.remove(partition);
            if (retries != null) {
                LOG.infof("%s: offset %d of %s committed after %d retries", channel, offset.offset(), partition,
                        retries);
            }
        });
        flush();
    }

    private void failed(Map<TopicPartition, OffsetAndMetadata> offsets, Throwable failure) {
        inFlight = false;
        offsets.forEach((partition, offset) -> {
            // One line per failed offset: an outage of a minute would otherwise log sixty per partition. An
            // offset already superseded or forgotten is not waited for, so it is not counted.
            if (Long.valueOf(offset.offset()).equals(acknowledged.get(partition))
                    && failures.merge(partition, 1, Integer::sum) == 1) {
                LOG.warnf("%s: committing offset %d of %s failed (%s); trying again every %d ms until it lands, a"
                        + " later commit carries it or the partition is no longer ours", channel, offset.offset(),
                        partition, failure, retryMillis);
            }
        });
        retryLater(offsets);
        flush();
    }

    /** Commits again after a while what nothing later carried and is still this consumer's. */
    private void retryLater(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (terminated) {
            return;
        }
        vertx.setTimer(retryMillis, timer -> consumer.getAssignments().subscribe().with(
                assigned -> runOnContext(() -> {
                    if (terminated) {
                        return;
                    }
                    offsets.forEach((partition, offset) -> {
                        Long next = offset.offset();
                        if (assigned.contains(partition) && next.equals(acknowledged.get(partition))
                                && next.equals(sent.get(partition))) {
                            sent.remove(partition);
                        }
                    });
                    flush();
                }),
                // The assignment is the consumer's own, asked on its polling thread: if that fails, the
                // consumer is closed, and so is every later try.
                failure -> LOG.debugf("%s: no retry of %s, the consumer is closed (%s)", channel, offsets.keySet(),
                        failure)));
    }

    @Override
    public void terminate(boolean graceful) {
        terminated = true;
    }

    /** Chosen with {@code commit-strategy=latest-retried}; SmallRye looks it up by its identifier. */
    @ApplicationScoped
    @Identifier(STRATEGY)
    public static class Factory implements KafkaCommitHandler.Factory {
        @Override
        public KafkaCommitHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
            int timeout = config.config().getOptionalValue("default.api.timeout.ms", Integer.class).orElse(60_000);
            return new RetriedLatestCommit(vertx, config.getChannel(), timeout, consumer, RETRY_MILLIS);
        }
    }
}
