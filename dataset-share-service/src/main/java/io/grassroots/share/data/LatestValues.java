package io.grassroots.share.data;

import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
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
        List<Latest> latest = new ArrayList<>(units.size() * indicators.size());
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select distinct on (unit_code, indicator) "
                    + "unit_code, indicator, id, value, version, source, reported_at from data_value "
                    + "where unit_code = any(?) and indicator = any(?) and period = ? "
                    + "order by unit_code, indicator, version desc")) {
                SqlArrays.texts(select, 1, units);
                SqlArrays.texts(select, 2, indicators);
                select.setString(3, period);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        latest.add(new Latest(rows.getString(1), rows.getString(2), rows.getLong(3),
                                rows.getBigDecimal(4), rows.getInt(5), ValueSource.valueOf(rows.getString(6)),
                                rows.getTimestamp(7).toInstant()));
                    }
                }
            }
        });
        return latest;
    }
}
