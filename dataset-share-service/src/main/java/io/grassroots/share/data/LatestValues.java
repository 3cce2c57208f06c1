package io.grassroots.share.data;

import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /**
     * Read on every data request, so with plain JDBC and the lists bound as two arrays: one statement text
     * whatever the lists' lengths, which neither Hibernate expands and maps per call nor the server parses anew.
     */
    public List<Latest> of(Collection<String> units, Collection<String> indicators, String period) {
        if (units.isEmpty() || indicators.isEmpty()) {
            return List.of();
        }
        return JdbcStatements.query(em, "select distinct on (unit_code, indicator) unit_code, indicator, id, value, "
                + "version, source, reported_at from data_value where unit_code = any(?) and indicator = any(?) "
                + "and period = ? order by unit_code, indicator, version desc", select -> {
                    SqlArrays.texts(select, 1, units);
                    SqlArrays.texts(select, 2, indicators);
                    select.setString(3, period);
                }, row -> new Latest(row.getString(1), row.getString(2), row.getLong(3), row.getBigDecimal(4),
                        row.getInt(5), ValueSource.valueOf(row.getString(6)), row.getTimestamp(7).toInstant()));
    }
}
