package io.grassroots.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many outbox rows Kafka refused for good and wait for an operator (RELIABILITY.md says how to
 * release them), as the gauge {@code outbox.parked}. The relay counts them again every run, so the
 * gauge follows an operator's release within a second or so and a scrape never waits for the database.
 */
@Startup
@ApplicationScoped
public class ParkedEvents {
    static final String GAUGE = "outbox.parked";

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;

    private final AtomicLong parked = new AtomicLong();

    @PostConstruct
    void register() {
        Gauge.builder(GAUGE, parked, AtomicLong::get)
                .description("Outbox events Kafka refused for good; they and later events of their keys wait "
                        + "for an operator")
                .register(registry);
    }

    /** Counts the parked rows (its partial index holds only them) and returns the count. */
    @Transactional
    public long refresh() {
        long count = ((Number) em.createNativeQuery("select count(*) from outbox_event where parked_at is not null "
                + "and published_at is null").getSingleResult()).longValue();
        parked.set(count);
        return count;
    }

    /** The latest count. */
    public long count() {
        return parked.get();
    }
}
