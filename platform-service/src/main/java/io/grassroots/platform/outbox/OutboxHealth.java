package io.grassroots.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * What the outbox says about the events of this service: whether the broker answered its latest
 * question, and how many events wait. The broker is asked in the background (with a 1.5 s limit,
 * at most once a second) and the check answers from the latest finished question, so readiness never
 * waits for the broker; the count is cut off after a second. It stays UP while the broker is away:
 * writes go on into the outbox and are published once it is back, so the service can serve. It also
 * stays UP while rows are parked ({@code parkedEvents}, also the gauge {@code outbox.parked}): a row
 * Kafka refuses for good is an operator's problem (RELIABILITY.md), not a reason to take the service
 * out of the load balancer, where every instance would read the same parked row and none could serve.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {
    private static final long LIMIT_MS = 1500;
    private static final long ASK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The first question ever may take this long before the check answers "unknown". */
    private static final long FIRST_WAIT_MS = 1000;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;
    @Inject
    EntityManager em;

    private Admin admin;
    private KafkaFuture<?> probe;
    private long probeStarted;
    private volatile String broker = "unknown";

    @Override
    @Transactional
    public HealthCheckResponse call() {
        refresh();
        em.createNativeQuery("set local statement_timeout = '1s'").executeUpdate();
        Object[] backlog = (Object[]) em.createNativeQuery("select count(*), count(parked_at), coalesce(extract("
                + "epoch from now() - min(created_at)), 0) from (select created_at, parked_at from outbox_event "
                + "where published_at is null limit 1000000) waiting").getSingleResult();
        return HealthCheckResponse.named("outbox (writes go on while the broker is away)").up()
                .withData("broker", broker)
                .withData("unpublishedEvents", ((Number) backlog[0]).longValue())
                .withData("parkedEvents", ((Number) backlog[1]).longValue())
                .withData("oldestUnpublishedSeconds", Math.round(((Number) backlog[2]).doubleValue()))
                .build();
    }

    /** Starts a question to the broker when none is under way and the last is a second old. */
    private void refresh() {
        KafkaFuture<?> first = null;
        synchronized (this) {
            try {
                if (admin == null) {
                    Map<String, Object> props = new HashMap<>();
                    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"));
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) LIMIT_MS);
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) LIMIT_MS);
                    admin = Admin.create(props);
                }
                if (probe == null || probe.isDone() && System.nanoTime() - probeStarted > ASK_EVERY_NANOS) {
                    boolean never = probe == null;
                    probe = admin.describeCluster().nodes().whenComplete((nodes, failure) ->
                            broker = failure == null ? "reachable" : "unreachable: events wait in the outbox");
                    probeStarted = System.nanoTime();
                    first = never ? probe : null;
                }
            } catch (RuntimeException e) {
                // An address that does not resolve, a bad setting: the broker cannot be reached.
                broker = "unreachable: " + e.getMessage();
            }
        }
        if (first != null) {
            try {
                first.get(FIRST_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // Answered as it stands; the question goes on in the background.
            }
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
