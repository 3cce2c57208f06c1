package io.grassroots.assessment.jdbc;

import java.math.BigDecimal;
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

    /** Binds one row's values to a batch statement's placeholders, in order. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(Params params, T row) throws SQLException;
    }

    /** The placeholders of one statement, bound in order with their SQL types. */
    public static final class Params {
        private final PreparedStatement st;
        private int next = 1;

        private Params(PreparedStatement st) {
            this.st = st;
        }

        public Params text(String value) throws SQLException {
            st.setString(next++, value);
            return this;
        }

        public Params integer(int value) throws SQLException {
            st.setInt(next++, value);
            return this;
        }

        public Params decimal(BigDecimal value) throws SQLException {
            st.setBigDecimal(next++, value);
            return this;
        }

        public Params instant(Instant value) throws SQLException {
            st.setTimestamp(next++, value == null ? null : Timestamp.from(value));
            return this;
        }
    }

    /** Runs one statement for each row in a single batch; the binder sets each row's placeholders in order. */
    public static <T> void batch(Connection c, String sql, Collection<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(new Params(st), row);
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
