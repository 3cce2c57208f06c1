package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A throwaway cluster keeps committed data across a crash and a clean stop, and is gone when closed. */
class PostgresClusterTest {
    @Test
    void committedRowsSurviveAFastStopAndACrash(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(PostgresCluster.isPossible(), "no PostgreSQL binaries on this machine");
        try (PostgresCluster cluster = PostgresCluster.create(work, 50)) {
            PostgresServer server = cluster.server();
            assertTrue(server.ensureDatabase("cluster_probe"));
            execute(server, "create table t (n int primary key); insert into t values (1)");
            Connection open = connect(server);
            cluster.stop("fast");
            assertFalse(server.isReachable(), "the server is down after a fast stop");
            SQLException dropped = assertThrows(SQLException.class, () -> open.createStatement().execute("select 1"));
            assertTrue(dropped.getSQLState().startsWith("08") || dropped.getSQLState().startsWith("57"),
                    "a session of the stopped server fails as a lost connection: " + dropped.getSQLState());
            cluster.start();
            execute(server, "insert into t values (2)");
            cluster.stop("immediate");
            cluster.start();
            try (Connection c = connect(server);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from t")) {
                rs.next();
                assertEquals(2, rs.getInt(1), "both committed rows are there after the crash");
            }
            assertTrue(cluster.port() != 5432, "never the machine's own server");
        }
    }

    private static Connection connect(PostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("cluster_probe"), server.user(), server.password());
    }

    private static void execute(PostgresServer server, String sql) throws SQLException {
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
