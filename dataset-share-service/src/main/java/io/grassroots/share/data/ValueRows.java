package io.grassroots.share.data;

import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data_value statements of a write, one each for the whole write however many values it has: what
 * is stored already and the latest version of each field, then the new rows.
 */
@ApplicationScoped
class ValueRows {
    /** What the table holds of a value to write: whether its source stored it before, its field's latest version. */
    record Found(boolean stored, int latestVersion) {
    }

    @Inject
    EntityManager em;

    /** For each value, in order, what is stored of it and of its field (version 0 for a field without one). */
    List<Found> find(List<NewValue> values) {
        List<Found> found = new ArrayList<>(values.size());
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select f.n, f.r is not null and exists "
                    + "(select 1 from data_value v where v.source = f.s and v.source_ref = f.r and v.unit_code = f.u "
                    + "and v.indicator = f.i and v.period = f.p), coalesce((select max(v.version) from data_value v "
                    + "where v.unit_code = f.u and v.indicator = f.i and v.period = f.p), 0) "
                    + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality "
                    + "f(u, i, p, s, r, n) order by f.n")) {
                SqlArrays.texts(select, 1, values, NewValue::unitCode);
                SqlArrays.texts(select, 2, values, NewValue::indicator);
                SqlArrays.texts(select, 3, values, NewValue::period);
                SqlArrays.texts(select, 4, values, v -> v.source().name());
                SqlArrays.texts(select, 5, values, NewValue::sourceRef);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Found(rows.getBoolean(2), rows.getInt(3)));
                    }
                }
            }
        });
        return found;
    }

    /** Inserts the rows in one statement and sets their ids. */
    void insert(List<DataValue> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, DataValue> byVersion = new HashMap<>();
        rows.forEach(r -> byVersion.put(versionKey(r.unitCode, r.indicator, r.period, r.version), r));
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into data_value (unit_code, indicator, "
                    + "period, version, value, source, source_ref, reported_by, reported_at) "
                    + "select u, i, p, ver, val, s, r, b, ? from unnest(?::text[], ?::text[], ?::text[], ?::int[], "
                    + "?::numeric[], ?::text[], ?::text[], ?::text[]) t(u, i, p, ver, val, s, r, b) "
                    + "returning id, unit_code, indicator, period, version")) {
                insert.setTimestamp(1, Timestamp.from(rows.get(0).reportedAt));
                SqlArrays.texts(insert, 2, rows, r -> r.unitCode);
                SqlArrays.texts(insert, 3, rows, r -> r.indicator);
                SqlArrays.texts(insert, 4, rows, r -> r.period);
                SqlArrays.ints(insert, 5, rows, r -> r.version);
                SqlArrays.decimals(insert, 6, rows, r -> r.value);
                SqlArrays.texts(insert, 7, rows, r -> r.source.name());
                SqlArrays.texts(insert, 8, rows, r -> r.sourceRef);
                SqlArrays.texts(insert, 9, rows, r -> r.reportedBy);
                try (ResultSet ids = insert.executeQuery()) {
                    // Matched by field and version (unique): the order of a returning list is not promised.
                    while (ids.next()) {
                        byVersion.get(versionKey(ids.getString(2), ids.getString(3), ids.getString(4),
                                ids.getInt(5))).id = ids.getLong(1);
                    }
                }
            }
        });
    }

    private static String versionKey(String unit, String indicator, String period, int version) {
        return FieldLocks.key(unit, indicator, period) + "|" + version;
    }
}
