package io.grassroots.share.catalog;

import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
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

    /**
     * Those of the codes the catalog has, in one query (once per batch of results). The codes go as one array
     * parameter of a constant statement: a list parameter made Hibernate translate the query again on every
     * call (bench-results found it a third of the consumer's CPU).
     */
    public Set<String> known(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        List<String> distinct = codes.stream().distinct().toList();
        return Set.copyOf(JdbcStatements.query(em, "select code from indicator where code = any(?)",
                select -> SqlArrays.texts(select, 1, distinct), row -> row.getString(1)));
    }

    public void persist(Indicator indicator) {
        em.persist(indicator);
    }
}
