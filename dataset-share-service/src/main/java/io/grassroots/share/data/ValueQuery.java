package io.grassroots.share.data;

import io.grassroots.platform.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stored versions of values by their ids, for the packages that keep a value's id (a request's answers). */
@ApplicationScoped
public class ValueQuery {
    /** One stored version as an answer shows it. */
    public record Stored(long id, BigDecimal value, int version, ValueSource source, Instant reportedAt) {
    }

    @Inject
    EntityManager em;

    /** The stored versions of these ids, by id; ids of no stored value are absent. */
    @SuppressWarnings("unchecked")
    public Map<Long, Stored> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = em.createNativeQuery("select id, value, version, source, reported_at from data_value "
                + "where id in (:ids)", Tuple.class).setParameter("ids", ids).getResultList();
        return rows.stream()
                .map(r -> new Stored(r.get("id", Number.class).longValue(), r.get("value", BigDecimal.class),
                        r.get("version", Number.class).intValue(), ValueSource.valueOf(r.get("source", String.class)),
                        SqlValues.instant(r.get("reported_at"))))
                .collect(Collectors.toMap(Stored::id, Function.identity()));
    }
}
