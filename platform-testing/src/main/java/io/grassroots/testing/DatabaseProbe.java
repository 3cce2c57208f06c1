package io.grassroots.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import jakarta.enterprise.inject.spi.CDI;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/**
 * Reads and adjusts a service's database directly from a test, to prove what a request did or did
 * not change. Each service's test Db is a bean extending it, adding its own state fingerprint.
 */
public abstract class DatabaseProbe {
    /**
     * The service's default data source, looked up through CDI rather than injected: a bean class in
     * this library would need bean discovery (and Arc) here, and the lookup serves every service alike.
     */
    protected DataSource dataSource() {
        return CDI.current().select(DataSource.class).get();
    }

    public long count(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row as text, or null when there is no row. */
    public String text(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            return q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A column's SQL type as information_schema names it (e.g. "jsonb", "text"), or null when there is none. */
    public String columnType(String table, String column) {
        return text("select data_type from information_schema.columns where table_schema = current_schema() "
                + "and table_name = ? and column_name = ?", table, column);
    }

    public Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    /**
     * Waits until the service's outbox holds no unpublished row of the key other than parked ones: everything
     * of the key the relay can send is then committed on Kafka, so a probe reading to the topic's end sees it.
     */
    public void awaitOutboxSent(String key, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> count("select count(*) "
                + "from outbox_event where event_key = ? and published_at is null and parked_at is null", key) == 0);
    }

    private static void bind(PreparedStatement q, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            q.setObject(i + 1, args[i]);
        }
    }
}
