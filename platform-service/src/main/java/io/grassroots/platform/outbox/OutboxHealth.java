package io.grassroots.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * What the outbox says about the events of this service: whether the broker answered its latest
 * question, and how many events wait. The broker is asked in the background (with a 1.5 s limit,
 * at most once a second, the first time as the service starts) and the check answers from the latest
 * finished question, so readiness never waits for the broker, not even on the first probe after a
 * restart, when creating the admin client alone takes a cold JVM most of a second; the count is cut
 * off after a second. It stays UP while the broker is away:
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

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;
    @Inject
    EntityManager em;

    private Admin admin;
    private KafkaFuture<?> probe;
    private long probeStarted;
    private volatile String broker = "unknown";
    private final AtomicBoolean asking = new AtomicBoolean();

    @Override
    @Transactional
    public HealthCheckResponse call() {
        askInBackground();
        em.createNativeQuery("set local statement_timeout = '1s'").executeUpdate();
        Tuple backlog = (Tuple) em.createNativeQuery("select count(*) as unpublished, count(parked_at) as parked, "
                + "coalesce(extract(epoch from now() - min(created_at)), 0) as oldest_seconds from (select created_at, "
                + "parked_at from outbox_event where published_at is null limit 1000000) waiting", Tuple.class)
                .getSingleResult();
        return HealthCheckResponse.named("outbox (writes go on while the broker is away)").up()
                .withData("broker", broker)
                .withData("unpublishedEvents", backlog.get("unpublished", Number.class).longValue())
                .withData("parkedEvents", backlog.get("parked", Number.class).longValue())
                .withData("oldestUnpublishedSeconds", Math.round(backlog.get("oldest_seconds", Number.class)
                        .doubleValue()))
                .build();
    }

    void onStart(@Observes StartupEvent started) {
        askInBackground();
    }

    /** Hands the question to another thread, since creating the admin client blocks for a while. */
    private void askInBackground() {
        if (asking.compareAndSet(false, true)) {
            CompletableFuture.runAsync(this::ask).whenComplete((done, failure) -> asking.set(false));
        }
    }

    /** Starts a question to the broker when none is under way and the last is a second old. */
    private void ask() {
        synchronized (this) {
            try {
                if (admin == null) {
                    Map<String, Object> props = new HashMap<>(KafkaConnection.of(kafka));
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) LIMIT_MS);
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) LIMIT_MS);
                    admin = Admin.create(props);
                }
                if (probe == null || probe.isDone() && System.nanoTime() - probeStarted > ASK_EVERY_NANOS) {
                    probe = admin.describeCluster().nodes().whenComplete((nodes, failure) -> broker = failure == null
                            ? "reachable" : "unreachable: events wait in the outbox");
                    probeStarted = System.nanoTime();
                }
            } catch (RuntimeException e) {
                // An address that does not resolve, a bad setting: the broker cannot be reached.
                broker = "unreachable: " + e.getMessage();
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
