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
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * SmallRye's "latest" commit strategy (each acknowledged record's offset committed at once), with a failed
 * commit tried again until it lands, a later one supersedes it, or the partition is revoked. SmallRye's own
 * logs the failure and waits for the partition's next record, so a commit lost to a rebalance after a broker
 * fault left an idle partition's group behind for good (ScaleOutIT saw it): a lag no monitor could tell from
 * a stuck consumer, and the poll delivered again after a restart.
 */
public class RetriedLatestCommit extends ContextHolder implements KafkaCommitHandler {
    static final String STRATEGY = "latest-retried";
    private static final Logger LOG = Logger.getLogger(RetriedLatestCommit.class);
    /** What a retry waits: long enough for a rebalance or a coordinator's move to settle. */
    static final long RETRY_MILLIS = 1_000;

    private final KafkaConsumer<?, ?> consumer;
    private final String channel;
    private final long retryMillis;
    /** Per partition, the offset after the newest acknowledged record: what the group's commit should be. */
    private final Map<TopicPartition, Long> acknowledged = new ConcurrentHashMap<>();
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
                commit(partition, next, 0);
            }
        });
        return Uni.createFrom().voidItem().runSubscriptionOn(record::runOnMessageContext);
    }

    @Override
    public void partitionsAssigned(Collection<TopicPartition> partitions) {
        // Taken up afresh from the group's committed offset, which may lie below what this consumer once
        // acknowledged there: every acknowledgement from now on is committed again.
        partitions.forEach(acknowledged::remove);
    }

    @Override
    public void partitionsRevoked(Collection<TopicPartition> partitions) {
        // Its new owner commits from here on; a late retry of ours could move its offset back. (An eager
        // rebalance revokes every partition and assigns them again, so a commit that failed in one is not
        // retried: the poll is delivered again from the committed offset, and the inbox drops it.)
        partitions.forEach(acknowledged::remove);
    }

    private void commit(TopicPartition partition, long next, int retries) {
        consumer.commitAsync(Map.of(partition, new OffsetAndMetadata(next, null))).subscribe().with(done -> {
            if (retries > 0) {
                LOG.infof("%s: offset %d of %s committed after %d retries", channel, next, partition, retries);
            }
        }, failure -> {
            // One line per failed offset: an outage of a minute would otherwise log sixty per partition.
            if (retries == 0) {
                LOG.warnf("%s: committing offset %d of %s failed (%s); trying again every %d ms until it lands, a"
                        + " later commit carries it or the partition is no longer ours", channel, next, partition,
                        failure, retryMillis);
            }
            retryLater(partition, next, retries + 1);
        });
    }

    /** Commits again after a while if nothing later did and the partition is still this consumer's. */
    private void retryLater(TopicPartition partition, long next, int retries) {
        if (terminated) {
            return;
        }
        vertx.setTimer(retryMillis, timer -> consumer.getAssignments().subscribe().with(
                assigned -> runOnContext(() -> {
                    if (!terminated && assigned.contains(partition)
                            && Long.valueOf(next).equals(acknowledged.get(partition))) {
                        commit(partition, next, retries);
                    }
                }),
                // The assignment is the consumer's own, asked on its polling thread: if that fails, the
                // consumer is closed, and so is every later try.
                failure -> LOG.debugf("%s: no retry of offset %d of %s, the consumer is closed (%s)", channel, next,
                        partition, failure)));
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
