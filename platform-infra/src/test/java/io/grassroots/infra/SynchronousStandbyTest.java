package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #18: with a synchronous standby, a commit the primary acknowledged is on the standby after kill -9
 * of the primary and the standby's promotion; the promoted standby does not wait for a standby itself.
 */
class SynchronousStandbyTest {
    @Test
    void everyAcknowledgedCommitIsOnThePromotedStandby(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(PostgresCluster.isPossible(), "no PostgreSQL binaries on this machine");
        ExecutorService writers = Executors.newCachedThreadPool();
        try (PostgresCluster primary = PostgresCluster.create(work, 50);
                PostgresCluster standby = primary.synchronousStandby(work)) {
            assertEquals(List.of("sync"), SynchronousReplication.syncStates(primary.server()),
                    "pg_stat_replication on the primary reports the standby as synchronous");
            execute(primary.port(), "create table t (n int primary key)");

            // The mechanism itself: while the standby is down the primary acknowledges no commit (an
            // asynchronous standby would let this insert return at once), and does once it is back.
            standby.stop("fast");
            Future<?> waiting = writers.submit(() -> execute(primary.port(), "insert into t values (0)"));
            assertThrows(TimeoutException.class, () -> waiting.get(3, TimeUnit.SECONDS),
                    "a commit is not acknowledged while its synchronous standby is down");
            standby.start();
            waiting.get(60, TimeUnit.SECONDS);

            // Commits one after the other until the primary is killed amid them.
            AtomicInteger acknowledged = new AtomicInteger(0);
            Future<?> writer = writers.submit(() -> writeUntilRefused(primary.port(), acknowledged));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.get() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            primary.crash();
            writer.get(60, TimeUnit.SECONDS);
            int last = acknowledged.get();
            assertTrue(last >= 200, "the writer committed 200 rows before the crash: " + last);
            standby.promote();
            System.out.printf("%d commits acknowledged before kill -9 of the primary; on the promoted standby: %d%n",
                    last + 1, countUpTo(standby.port(), last));

            assertEquals(last + 1, countUpTo(standby.port(), last),
                    "every row acknowledged before kill -9 (0.." + last + ") is on the promoted standby");
            assertEquals("", SynchronousReplication.setting(standby.server(), "synchronous_standby_names"),
                    "the promoted standby names no synchronous standby of its own");
            Future<?> afterPromotion = writers.submit(() -> execute(standby.port(), "insert into t values (-1)"));
            afterPromotion.get(10, TimeUnit.SECONDS);
        } finally {
            writers.shutdownNow();
        }
    }

    /** Inserts 1, 2, 3 ... each in its own commit, counting the acknowledged ones, until the server goes. */
    private static Void writeUntilRefused(int port, AtomicInteger acknowledged) {
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            while (true) {
                s.execute("insert into t values (" + (acknowledged.get() + 1) + ")");
                acknowledged.incrementAndGet();
            }
        } catch (SQLException expected) {
            return null;
        }
    }

    private static long countUpTo(int port, int last) throws SQLException {
        try (Connection c = connect(port);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from t where n between 0 and " + last)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Void execute(int port, String sql) throws SQLException {
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }
}
