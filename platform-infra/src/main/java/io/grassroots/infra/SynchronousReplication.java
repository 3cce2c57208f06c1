package io.grassroots.infra;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Makes a primary acknowledge a commit only once its standby has it, and reads what it reports of that. */
public final class SynchronousReplication {
    private SynchronousReplication() {
    }

    /**
     * Names every standby ('*') as synchronous with synchronous_commit on, reloads, and waits until a
     * streaming standby is reported 'sync'. From then on a commit is acknowledged only when the standby
     * has flushed its WAL, so a crashed primary cannot take an acknowledged commit with it. Only
     * postgresql.auto.conf of the primary changes: a standby copied before this does not wait for one itself
     * once promoted.
     */
    static void require(PostgresServer primary, Duration within) throws IOException {
        try (Connection c = connect(primary); Statement s = c.createStatement()) {
            s.execute("alter system set synchronous_standby_names = '*'");
            s.execute("alter system set synchronous_commit = 'on'");
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not make the standby of port " + primary.port() + " synchronous", e);
        }
        long deadline = System.nanoTime() + within.toNanos();
        List<String> states = List.of();
        while (System.nanoTime() < deadline) {
            try {
                states = syncStates(primary);
                if (states.contains("sync")) {
                    return;
                }
                Thread.sleep(100);
            } catch (SQLException e) {
                throw new IOException("could not read pg_stat_replication on port " + primary.port(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted waiting for a synchronous standby", e);
            }
        }
        throw new IOException("no standby of port " + primary.port() + " became synchronous within " + within
                + "; pg_stat_replication's sync_state of the streaming ones: " + states);
    }

    /** The sync_state ('sync', 'potential', 'async', 'quorum') of each standby streaming from this server. */
    public static List<String> syncStates(PostgresServer primary) throws SQLException {
        List<String> states = new ArrayList<>();
        try (Connection c = connect(primary);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select sync_state from pg_stat_replication where state = 'streaming' order by pid")) {
            while (rs.next()) {
                states.add(rs.getString(1));
            }
        }
        return states;
    }

    /** A setting as the server runs with it (after a reload), e.g. synchronous_standby_names. */
    public static String setting(PostgresServer server, String name) throws SQLException {
        try (Connection c = connect(server);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('" + name.replace("'", "''") + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(PostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
    }
}
