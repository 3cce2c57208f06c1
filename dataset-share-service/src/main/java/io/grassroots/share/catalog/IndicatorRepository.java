package io.grassroots.share.catalog;

import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

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
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> found = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select code from indicator where code = any(?)")) {
                SqlArrays.texts(select, 1, distinct);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return Set.copyOf(found);
        });
    }

    public void persist(Indicator indicator) {
        em.persist(indicator);
    }
}
