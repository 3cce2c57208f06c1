package io.grassroots.assessment.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The few JDBC calls the read models make, with java.time arguments bound as SQL types. Read models
 * (facts written from events, the ledger, published figures) are reached only this way, from named
 * *Facts and *Query classes of the feature that owns each table; aggregates go through entities.
 */
public final class Jdbc {
    private Jdbc() {
    }

    /** Maps one result row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        }
    }

    public static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant instant) {
                st.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (a instanceof LocalDate date) {
                st.setObject(i + 1, date);
            } else {
                st.setObject(i + 1, a);
            }
        }
    }
}
