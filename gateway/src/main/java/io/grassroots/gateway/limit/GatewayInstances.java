package io.grassroots.gateway.limit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The gateway instances alive, as each announces itself in the database every few seconds: the
 * request rate limits are split between them. While the database cannot be reached the last count
 * stands.
 */
@ApplicationScoped
public class GatewayInstances {
    private static final Logger LOG = Logger.getLogger(GatewayInstances.class);
    /** An instance not heard of for this long is taken for gone. */
    static final Duration ALIVE = Duration.ofSeconds(15);

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    private final UUID id = UUID.randomUUID();
    private volatile int alive = 1;

    /** How many instances share the limits now, this one included. */
    public int alive() {
        return alive;
    }

    void start(@Observes StartupEvent start) {
        announce();
    }

    /** Says this instance is alive, counts those that are, and forgets those long gone. */
    @Scheduled(every = "5s", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void announce() {
        Instant now = Instant.now(clock);
        try {
            alive = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("insert into gateway_instance (id, seen_at) values (:id, :now) "
                        + "on conflict (id) do update set seen_at = excluded.seen_at")
                        .setParameter("id", id).setParameter("now", now).executeUpdate();
                em.createNativeQuery("delete from gateway_instance where seen_at < :gone")
                        .setParameter("gone", now.minus(ALIVE.multipliedBy(4))).executeUpdate();
                Number count = (Number) em.createNativeQuery("select count(*) from gateway_instance "
                        + "where seen_at > :since").setParameter("since", now.minus(ALIVE)).getSingleResult();
                return Math.max(1, count.intValue());
            });
        } catch (RuntimeException e) {
            LOG.debugf("gateway instances not counted (the database away?): %s", e.getMessage());
        }
    }

    /** A stopped instance leaves at once: the others take its share at their next count. */
    void stop(@Observes ShutdownEvent stop) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from gateway_instance where id = :id").setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf("gateway instance not removed on stop: %s", e.getMessage());
        }
    }
}
