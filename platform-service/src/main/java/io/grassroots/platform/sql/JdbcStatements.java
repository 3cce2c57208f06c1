package io.grassroots.platform.sql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * One constant statement run with plain JDBC on the transaction's connection, its parameters bound by the
 * caller (lists as arrays, {@link SqlArrays}): for the look-ups and updates run on every request or batch,
 * which Hibernate would expand, translate or map again per call. The rows are read as the transaction's
 * database holds them: a change still pending in the persistence context must have been flushed.
 */
public final class JdbcStatements {
    private JdbcStatements() {
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row, the result set positioned on it. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The rows a query returns, each read by {@code row}, in the query's order. */
    public static <T> List<T> query(EntityManager em, String sql, Parameters parameters, Row<T> row) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<T> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                parameters.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(row.read(rows));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Writes what the persistence context still holds before a read, as Hibernate does for its native queries in
     * the default flush mode inside a transaction; in the COMMIT flush mode nothing is written.
     */
    public static void flushAsNativeQueries(EntityManager em) {
        if (em.getFlushMode() == FlushModeType.AUTO && em.isJoinedToTransaction()) {
            em.flush();
        }
    }

    /** How many rows an insert, update or delete changed. */
    public static int update(EntityManager em, String sql, Parameters parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                parameters.bind(update);
                return update.executeUpdate();
            }
        });
    }
}
