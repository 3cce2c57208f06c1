package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #18: a streaming standby follows the primary, refuses writes, and once promoted after the primary
 * crashed takes them; a multi-host URL with targetServerType=primary finds whichever is primary.
 */
class PostgresStandbyTest {
    @Test
    void aStandbyFollowsThePrimaryAndTakesOverWhenPromoted(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(PostgresCluster.isPossible(), "no PostgreSQL binaries on this machine");
        try (PostgresCluster primary = PostgresCluster.create(work, 50)) {
            execute(primary.port(), "create table t (n int primary key); insert into t values (1)");
            try (PostgresCluster standby = primary.standby(work)) {
                execute(primary.port(), "insert into t values (2)");
                awaitCount(standby.port(), 2, Duration.ofSeconds(30));
                SQLException readOnly = assertThrows(SQLException.class, () -> execute(standby.port(),
                        "insert into t values (3)"));
                assertEquals("25006", readOnly.getSQLState(), "a standby refuses writes: " + readOnly.getMessage());

                String both = "jdbc:postgresql://127.0.0.1:" + primary.port() + ",127.0.0.1:" + standby.port()
                        + "/postgres?targetServerType=primary&connectTimeout=5";
                assertEquals(primary.port(), serverPort(both), "the primary first");
                primary.stop("immediate");
                standby.promote();
                execute(standby.port(), "insert into t values (3)");
                assertEquals(standby.port(), serverPort(both), "the promoted standby, once the primary is gone");
                assertEquals(3, count(standby.port()), "nothing committed before the crash was lost");
            }
        }
    }

    private static void awaitCount(int port, int expected, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (count(port) < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the standby did not catch up within " + within);
            }
            Thread.sleep(100);
        }
    }

    private static int count(int port) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*) from t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int serverPort(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('port')::int")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(int port, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
