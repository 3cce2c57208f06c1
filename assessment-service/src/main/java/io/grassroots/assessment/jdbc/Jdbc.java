package io.grassroots.assessment.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

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

    /** Runs one statement for each row in a single batch; parameters(row) gives its placeholders' values in order. */
    public static <T> void batch(Connection c, String sql, Collection<T> rows, Function<T, Object[]> parameters)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (T row : rows) {
                bind(st, parameters.apply(row));
                st.addBatch();
            }
            st.executeBatch();
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
