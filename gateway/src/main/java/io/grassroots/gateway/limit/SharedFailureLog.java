package io.grassroots.gateway.limit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Failed sign-ins in the gateway's database: a guesser who spreads attempts over several gateway
 * instances is counted once, in full, by each of them. Each call commits on its own, so that a
 * failure is counted even though the sign-in that saw it answered 401.
 */
@ApplicationScoped
public class SharedFailureLog implements FailureLog {
    @Inject
    EntityManager em;

    @Override
    public Map<String, Recent> recent(Collection<String> keys, Instant after) {
        List<RecentRow> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select new io.grassroots.gateway.limit.SharedFailureLog$RecentRow(f.throttleKey, count(f), "
                        + "min(f.failedAt)) from SignInFailure f where f.throttleKey in :keys and f.failedAt > :after "
                        + "group by f.throttleKey",
                RecentRow.class)
                .setParameter("keys", keys).setParameter("after", after).getResultList());
        Map<String, Recent> recent = new HashMap<>();
        rows.forEach(row -> recent.put(row.key(), new Recent((int) row.count(), row.oldest())));
        return recent;
    }

    @Override
    public void add(Collection<String> keys, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> keys.forEach(key -> em.persist(new SignInFailure(key, at))));
    }

    @Override
    public void clear(Collection<String> keys) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "delete from SignInFailure f where f.throttleKey in :keys").setParameter("keys", keys).executeUpdate());
    }

    @Override
    public void forgetUntil(Instant cutoff) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "delete from SignInFailure f where f.failedAt <= :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    /** A key's failures after the cutoff, as the query counts them. */
    public record RecentRow(String key, long count, Instant oldest) {
    }
}
