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

/** The latest version of each field among units × indicators of one period, read in one query. */
@ApplicationScoped
public class LatestValues {
    /** A field's latest version, as answering a request needs it. */
    public record Latest(String unit, String indicator, long id, BigDecimal value, int version, ValueSource source,
            Instant reportedAt) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Latest> of(Collection<String> units, Collection<String> indicators, String period) {
        if (units.isEmpty() || indicators.isEmpty()) {
            return List.of();
        }
        List<Tuple> rows = em.createNativeQuery("select distinct on (unit_code, indicator) unit_code as unit, "
                + "indicator, id, value, version, source, reported_at from data_value where unit_code in (:u) "
                + "and indicator in (:i) and period = :p order by unit_code, indicator, version desc", Tuple.class)
                .setParameter("u", units).setParameter("i", indicators).setParameter("p", period).getResultList();
        return rows.stream().map(r -> new Latest(r.get("unit", String.class), r.get("indicator", String.class),
                r.get("id", Number.class).longValue(), r.get("value", BigDecimal.class),
                r.get("version", Number.class).intValue(), ValueSource.valueOf(r.get("source", String.class)),
                SqlValues.instant(r.get("reported_at")))).toList();
    }
}
