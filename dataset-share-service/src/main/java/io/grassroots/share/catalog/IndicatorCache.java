package io.grassroots.share.catalog;

import io.grassroots.share.cache.TimedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's indicators kept in memory for a short while: they change rarely and are read on every
 * request. Creating an indicator here drops its entry; a change made by another instance applies
 * within the TTL.
 */
@ApplicationScoped
public class IndicatorCache {
    private static final Duration TTL = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private final TimedCache<Indicator> indicators = new TimedCache<>(TTL);

    /** Detached copies of the indicators that exist among the codes. */
    public List<Indicator> indicators(List<String> codes) {
        return codes.stream().map(c -> indicators.get(c, this::load)).flatMap(Optional::stream).toList();
    }

    public void forget(String code) {
        indicators.forget(code);
    }

    private Indicator load(String code) {
        Indicator indicator = em.find(Indicator.class, code);
        // Kept across transactions: a managed copy would tie the cache to the persistence context that loaded it.
        if (indicator != null) {
            em.detach(indicator);
        }
        return indicator;
    }
}
