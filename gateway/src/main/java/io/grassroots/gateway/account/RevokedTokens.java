package io.grassroots.gateway.account;

import io.grassroots.gateway.config.GatewayConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which signed tokens no longer count although they verify: every token of a disabled account, and
 * those issued before an account's password was changed or reset. The edge filter asks on the event
 * loop, so the answer comes from memory: this instance's own changes at once, other instances'
 * from the database within the refresh interval.
 */
@ApplicationScoped
public class RevokedTokens {
    /** An account disabled since then, or tokens valid only when issued from then on. */
    private record Cut(boolean disabled, Instant validFrom) {
        /** The account's cut, or null when all its tokens count. */
        static Cut of(Account a) {
            if (a.disabledAt != null) {
                return new Cut(true, a.disabledAt);
            }
            return a.tokensValidFrom == null ? null : new Cut(false, a.tokensValidFrom);
        }
    }

    private final Map<String, Cut> cuts = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    GatewayConfig config;

    /** Whether a token of the subject issued at that second is refused. */
    public boolean isRevoked(String subject, long issuedAtSeconds) {
        Cut cut = subject == null ? null : cuts.get(subject);
        // Token times have whole seconds: a token issued in the second of a change still counts, so that
        // signing in right after changing one's password works.
        return cut != null && (cut.disabled() || issuedAtSeconds < cut.validFrom().getEpochSecond());
    }

    /** An account's access changed: applied once that change has committed, never for a rolled-back one. */
    void noted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Account account) {
        Cut cut = Cut.of(account);
        if (cut == null) {
            cuts.remove(account.username);
        } else {
            cuts.put(account.username, cut);
        }
    }

    /** Reloads the cuts that still matter: one older than a token's lifetime has nothing left to refuse. */
    @Scheduled(every = "${grassroots.gateway.tokens.revocation-refresh:10s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        Instant horizon = Instant.now(clock).minus(config.tokens().lifetime());
        List<Account> current = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select a from Account a "
                + "where a.disabledAt is not null or a.tokensValidFrom > :horizon", Account.class)
                .setParameter("horizon", horizon).getResultList());
        Map<String, Cut> fresh = new java.util.HashMap<>();
        current.forEach(a -> fresh.put(a.username, Cut.of(a)));
        cuts.keySet().retainAll(fresh.keySet());
        cuts.putAll(fresh);
    }

    void load(@Observes StartupEvent start) {
        refresh();
    }
}
