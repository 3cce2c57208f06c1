package io.grassroots.share.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.share.support.ShareTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * Storing a value runs the same queries each time, so Hibernate's plan cache must find them rather than
 * add a plan per value: a native query with a basic result class made a new, unequal plan key per call,
 * all under one hash, which bench-results found as a third of the consumer's CPU in cache lookups.
 */
@QuarkusTest
class QueryPlanCacheTest extends ShareTest {
    @Inject
    ValueStore values;
    @Inject
    EntityManager em;

    @Test
    void storingManyValuesAddsNoQueryPlanPerValue() {
        store(5); // the plans of the first stores are cached once
        int before = cachedPlans();
        int stored = 60;
        store(stored);
        int added = cachedPlans() - before;
        assertTrue(added < 5, "storing " + stored + " values added " + added + " query plans to the cache");
    }

    private void store(int count) {
        for (int i = 0; i < count; i++) {
            String ref = UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew().run(() -> values.write(List.of(new NewValue("450102003",
                    "FIRE_INSPECTIONS_PASSED", "2026", BigDecimal.ONE, ValueSource.INSPECTION, ref, "450102-fire"))));
        }
    }

    private int cachedPlans() {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache().getNumberOfCachedQueryPlans();
    }
}
