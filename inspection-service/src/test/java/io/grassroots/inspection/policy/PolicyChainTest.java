package io.grassroots.inspection.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.support.Db;
import io.grassroots.testing.CountingDriver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A region chain's stored policies come in the chain's order, a region without one left out, in one
 * statement whatever the chain's length, and without a query Hibernate translates (every create and submit
 * weighs them, #19).
 */
@QuarkusTest
class PolicyChainTest {
    /** A year no other test sets a policy for. */
    private static final int YEAR = 2039;

    @Inject
    PolicyRepository policies;
    @Inject
    Db db;
    @Inject
    EntityManager em;

    @Test
    void aChainsPoliciesComeInItsOrderInOneStatement() {
        // Stored for three of four regions (written as the service writes them: jsonb), not for the city.
        for (String region : List.of("450224", "45", "450102")) {
            db.update("insert into policy (region_code, year, document, updated_by, updated_at) values (?, ?, "
                    + "cast(? as jsonb), 'test', now()) on conflict do nothing", region, YEAR,
                    "{\"rules\":{\"R" + region + "\":{\"max\":1}},\"quotas\":[],\"blackouts\":[]}");
        }
        List<String> chain = List.of("45", "4501", "450102", "450224");
        List<PolicyDocument> found = new ArrayList<>();
        along(chain, found); // warm: the statement's first run
        found.clear();
        CountingDriver.Tally tally = along(chain, found);
        assertEquals(List.of("R45", "R450102", "R450224"), found.stream().map(d -> d.rules().keySet().iterator()
                .next()).toList(), "broadest first, the city without a policy left out");
        assertEquals(1, tally.statements(), "statements for a chain of " + chain.size());
        assertEquals(List.of(), tally.hibernateQueries(), "queries Hibernate translated");
        assertEquals(List.of(), policies.along(List.of(), YEAR));
    }

    @Test
    void theTallySeesAQueryHibernateRunsOnItsThreadOnly() {
        Runnable query = () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("select count(*) from policy where year = ?1").setParameter(1, YEAR)
                .getSingleResult());
        CountingDriver.Tally tally = CountingDriver.tally(() -> {
            query.run();
            // The same query on another thread meanwhile, as a scheduler's would run: not this tally's.
            Thread other = new Thread(query);
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("select count(*) from policy where year = ?"), tally.hibernateQueries());
        assertEquals(1, tally.statements());
    }

    private CountingDriver.Tally along(List<String> chain, List<PolicyDocument> found) {
        return CountingDriver.tally(() -> QuarkusTransaction.requiringNew().run(() -> found.addAll(policies.along(
                chain, YEAR))));
    }
}
