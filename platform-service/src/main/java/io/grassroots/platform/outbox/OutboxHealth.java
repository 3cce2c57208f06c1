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
 * What the outbox says about the events of this service: whether the broker answers (asked with a
 * 1.5 s limit, so that readiness answers within 2 s whatever is down) and how many events wait.
 * It stays UP while the broker is away: writes go on into the outbox and are published once it is
 * back, so the service can serve; the data says so.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {
    private static final long LIMIT_MS = 1500;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;
    @Inject
    EntityManager em;

    private static final long REUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private Admin admin;
    private KafkaFuture<?> probe;
    private long probeStarted;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        Object[] backlog = (Object[]) em.createNativeQuery("select count(*), coalesce(extract(epoch from now() - "
                + "min(created_at)), 0) from outbox_event where published_at is null").getSingleResult();
        boolean reachable = brokerAnswers();
        return HealthCheckResponse.named("outbox (writes go on while the broker is away)").up()
                .withData("broker", reachable ? "reachable" : "unreachable: events wait in the outbox")
                .withData("unpublishedEvents", ((Number) backlog[0]).longValue())
                .withData("oldestUnpublishedSeconds", Math.round(((Number) backlog[1]).doubleValue()))
                .build();
    }

    /**
     * Callers at the same moment (a probe, and the gateway asking on behalf of its own) share one
     * question to the broker, and an answer less than a second old is used again: nobody waits more
     * than the limit, however many ask.
     */
    private boolean brokerAnswers() {
        KafkaFuture<?> current;
        synchronized (this) {
            if (admin == null) {
                Map<String, Object> props = new HashMap<>();
                props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"));
                props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) LIMIT_MS);
                props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) LIMIT_MS);
                admin = Admin.create(props);
            }
            if (probe == null || probe.isDone() && System.nanoTime() - probeStarted > REUSE_NANOS) {
                probe = admin.describeCluster().nodes();
                probeStarted = System.nanoTime();
            }
            current = probe;
        }
        try {
            current.get(LIMIT_MS, TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
