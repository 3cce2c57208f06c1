package io.grassroots.share.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The data catalog's indicators, through the EntityManager as every other aggregate of the service. */
@ApplicationScoped
public class IndicatorRepository {
    @Inject
    EntityManager em;

    /** The indicator, or null when the catalog has none of the code. */
    public Indicator findById(String code) {
        return code == null ? null : em.find(Indicator.class, code);
    }

    public Optional<Indicator> findByIdOptional(String code) {
        return Optional.ofNullable(findById(code));
    }

    /** Every indicator, by code. */
    public List<Indicator> listAll() {
        return em.createQuery("select i from Indicator i order by i.code", Indicator.class).getResultList();
    }

    /** The codes of every indicator. */
    public Set<String> codes() {
        return Set.copyOf(em.createQuery("select i.code from Indicator i", String.class).getResultList());
    }

    /** Those of the codes the catalog has, in one query. */
    public Set<String> known(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select i.code from Indicator i where i.code in :codes", String.class)
                .setParameter("codes", Set.copyOf(codes)).getResultList());
    }

    public void persist(Indicator indicator) {
        em.persist(indicator);
    }
}
