package io.grassroots.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.mutiny.core.Vertx;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commit that fails (a rebalance, the coordinator away) is tried again until it lands; a later commit of the
 * partition or its revocation ends the retries. One request is out at a time; what is acknowledged meanwhile goes
 * in the next. The consumer is a stand-in whose first commits fail; the
 * timers and the context are a real Vert.x's.
 */
class RetriedLatestCommitTest {
    private static final TopicPartition PARTITION = new TopicPartition("visit-events", 2);
    private static final long RETRY_MILLIS = 250;

    private Vertx vertx;
    /** Every commit the handler asked for, in order, as (partition, offset). */
    private final List<String> commits = new ArrayList<>();
    /** Every request the handler sent, as its (partition, offset) pairs in partition order. */
    private final List<String> requests = new ArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    /** While set, a commit is answered only when the test completes it. */
    private volatile CompletableFuture<Void> answer;
    /** The partitions the consumer holds. */
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
    private RetriedLatestCommit handler;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        handler = new RetriedLatestCommit(vertx, "visits", 60_000, consumer(), RETRY_MILLIS);
        handler.capture(vertx.getOrCreateContext());
        assigned.add(PARTITION);
        assigned.add(new TopicPartition("visit-events", 0));
    }

    @AfterEach
    void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void aFailedCommitIsTriedAgainUntilItLands() throws Exception {
        failuresLeft.set(3);
        acknowledge(PARTITION, 19);
        awaitCommits(4);
        settle();
        assertEquals(List.of("visit-events-2@20", "visit-events-2@20", "visit-events-2@20", "visit-events-2@20"),
                commits(), "three failures, then the fourth try lands and nothing more is sent");
    }

    @Test
    void aLaterCommitSupersedesTheRetry() throws Exception {
        failuresLeft.set(1);
        acknowledge(PARTITION, 19);
        awaitCommits(1);
        acknowledge(PARTITION, 24);
        settle();
        assertEquals(List.of("visit-events-2@20", "visit-events-2@25"), commits(),
                "offset 25 carries 20: retrying 20 would move the group back");
    }

    @Test
    void acknowledgementsWhileACommitIsOutGoInOneRequest() throws Exception {
        CompletableFuture<Void> first = new CompletableFuture<>();
        answer = first;
        acknowledge(PARTITION, 19);
        awaitCommits(1);
        answer = null;
        acknowledge(new TopicPartition("visit-events", 0), 4);
        acknowledge(PARTITION, 30);
        settle();
        assertEquals(List.of("visit-events-2@20"), requests(), "nothing more while the first is out");
        first.complete(null);
        awaitCommits(3);
        settle();
        assertEquals(List.of("visit-events-2@20", "visit-events-0@5 visit-events-2@31"), requests(),
                "both partitions' newest offsets in one request once the first is answered");
    }

    @Test
    void whatWaitsBehindTheRequestIsCommittedWhenItsPartitionIsRevoked() throws Exception {
        answer = new CompletableFuture<>();
        acknowledge(PARTITION, 19);
        awaitCommits(1);
        acknowledge(PARTITION, 30);
        acknowledge(new TopicPartition("visit-events", 0), 4);
        handler.partitionsRevoked(List.of(PARTITION));
        assertEquals(List.of("visit-events-2@20", "sync visit-events-2@31"), requests(),
                "committed on the polling thread before the partition goes");
        answer.complete(null);
        awaitCommits(3);
        settle();
        assertEquals(List.of("visit-events-2@20", "sync visit-events-2@31", "visit-events-0@5"), requests(),
                "the revoked partition is not committed again");
    }

    @Test
    void aFailedPartitionWaitsForItsRetryWhileOthersGoOn() throws Exception {
        failuresLeft.set(1);
        acknowledge(PARTITION, 19);
        awaitCommits(1);
        acknowledge(new TopicPartition("visit-events", 0), 4);
        awaitCommits(3);
        settle();
        assertEquals(List.of("visit-events-2@20", "visit-events-0@5", "visit-events-2@20"), requests());
    }

    @Test
    void anOlderAcknowledgementCommitsNothing() throws Exception {
        acknowledge(PARTITION, 24);
        acknowledge(PARTITION, 19);
        settle();
        assertEquals(List.of("visit-events-2@25"), commits());
    }

    @Test
    void aPartitionTakenAwayInARebalanceIsNotCommittedAgain() throws Exception {
        failuresLeft.set(1);
        acknowledge(PARTITION, 19);
        awaitCommits(1);
        assigned.remove(PARTITION);
        settle();
        assertEquals(List.of("visit-events-2@20"), commits(), "taken away before its revocation reached us");
    }

    @Test
    void aRevokedPartitionIsNotCommittedAgain() throws Exception {
        failuresLeft.set(1);
        acknowledge(PARTITION, 19);
        awaitCommits(1);
        handler.partitionsRevoked(List.of(PARTITION));
        settle();
        assertEquals(List.of("visit-events-2@20"), commits(), "its new owner commits it now");
        acknowledge(new TopicPartition("visit-events", 0), 4);
        settle();
        assertEquals(List.of("visit-events-2@20", "visit-events-0@5"), commits(), "other partitions go on");
    }

    @Test
    void noRetryOnceTheChannelStops() throws Exception {
        failuresLeft.set(1);
        acknowledge(PARTITION, 19);
        awaitCommits(1);
        handler.terminate(false);
        settle();
        assertEquals(List.of("visit-events-2@20"), commits());
    }

    @Test
    void aPartitionAssignedAgainCommitsFromWhereTheGroupStands() throws Exception {
        acknowledge(PARTITION, 24);
        awaitCommits(1);
        // Assigned again (an eager rebalance assigns every partition anew) at an older committed offset.
        handler.partitionsAssigned(List.of(PARTITION));
        acknowledge(PARTITION, 21);
        settle();
        assertEquals(List.of("visit-events-2@25", "visit-events-2@22"), commits());
    }

    private void acknowledge(TopicPartition partition, long offset) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(partition.topic(), partition.partition(), offset,
                "k", "{}");
        handler.handle(new IncomingKafkaRecord<>(record, "visits", -1, handler, null, false, false)).await()
                .indefinitely();
    }

    /** Long enough for every retry the failures set up to have run, on a busy machine too. */
    private void settle() throws InterruptedException {
        Thread.sleep(RETRY_MILLIS * 6);
    }

    private void awaitCommits(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (commits().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private List<String> requests() {
        synchronized (commits) {
            return List.copyOf(requests);
        }
    }

    private List<String> commits() {
        synchronized (commits) {
            return List.copyOf(commits);
        }
    }

    /** Kafka's own consumer, as the rebalance listener uses it: only its synchronous commit is expected. */
    @SuppressWarnings("unchecked")
    private Consumer<String, String> pollingThreadConsumer() {
        return (Consumer<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { Consumer.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("commitSync") || args.length != 1) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    record("sync ", (Map<TopicPartition, OffsetAndMetadata>) args[0]);
                    return null;
                });
    }

    private void record(String kind, Map<TopicPartition, OffsetAndMetadata> offsets) {
        synchronized (commits) {
            List<String> request = new ArrayList<>();
            offsets.forEach((p, o) -> request.add(p + "@" + o.offset()));
            Collections.sort(request);
            commits.addAll(request);
            requests.add(kind + String.join(" ", request));
        }
    }

    @SuppressWarnings("unchecked")
    private KafkaConsumer<String, String> consumer() {
        return (KafkaConsumer<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { KafkaConsumer.class }, (proxy, method, args) -> {
                    if (method.getName().equals("unwrap")) {
                        return pollingThreadConsumer();
                    }
                    if (method.getName().equals("getAssignments")) {
                        return Uni.createFrom().item(Set.copyOf(assigned));
                    }
                    if (!method.getName().equals("commitAsync")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Map<TopicPartition, OffsetAndMetadata> offsets = (Map<TopicPartition, OffsetAndMetadata>) args[0];
                    record("", offsets);
                    CompletableFuture<Void> held = answer;
                    if (held != null) {
                        return Uni.createFrom().completionStage(held);
                    }
                    return failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                            ? Uni.createFrom().failure(new IllegalStateException("rebalance in progress"))
                            : Uni.createFrom().voidItem();
                });
    }
}
