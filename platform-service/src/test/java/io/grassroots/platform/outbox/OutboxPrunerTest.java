package io.grassroots.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.infra.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox keeps what the relay may still need: only its oldest rows go, up to the first one that is not
 * published or was published since the cutoff, a batch's size at a time.
 */
class OutboxPrunerTest {
    private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");
    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(7));
    private Connection connection;

    @BeforeEach
    void tableOfItsOwn() throws Exception {
        PostgresServer server = PostgresServer.fromEnvironment();
        connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
        try (Statement ddl = connection.createStatement()) {
            // A temporary table of this session: the pruner's statement resolves outbox_event to it.
            ddl.execute("create temporary table outbox_event (id bigint primary key, published_at timestamptz)");
        }
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    /** Rows 1..n, row i published at the given instant (null: not published). */
    private void rows(Instant... published) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event values (?, ?)")) {
            for (int i = 0; i < published.length; i++) {
                insert.setLong(1, i + 1);
                insert.setTimestamp(2, published[i] == null ? null : Timestamp.from(published[i]));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<Long> left() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id from outbox_event order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    @Test
    void onlyTheOldPublishedHeadGoesUpToTheFirstRowStillNeeded() throws Exception {
        Instant old = NOW.minus(Duration.ofDays(30));
        Instant recent = NOW.minus(Duration.ofDays(1));
        // 1-4 old and published, 5 waiting, 6-7 old and published, 8 published at the cutoff itself, 9 recent.
        rows(old, old, old, old, null, old, old, CUTOFF, recent);
        assertEquals(4, OutboxPruner.prune(connection, CUTOFF, 100));
        assertEquals(List.of(5L, 6L, 7L, 8L, 9L), left(), "nothing from the waiting row on");
        assertEquals(0, OutboxPruner.prune(connection, CUTOFF, 100), "the waiting row still holds the rest");

        try (Statement publish = connection.createStatement()) {
            publish.execute("update outbox_event set published_at = timestamptz '2026-11-01 00:00:00+00' where id = 5");
        }
        assertEquals(3, OutboxPruner.prune(connection, CUTOFF, 100));
        assertEquals(List.of(8L, 9L), left(), "a row published at the cutoff and a recent one stay");
    }

    @Test
    void aBatchDeletesAtMostItsSize() throws Exception {
        Instant old = NOW.minus(Duration.ofDays(8));
        rows(old, old, old, old, old);
        assertEquals(2, OutboxPruner.prune(connection, CUTOFF, 2));
        assertEquals(List.of(3L, 4L, 5L), left());
        assertEquals(2, OutboxPruner.prune(connection, CUTOFF, 2));
        assertEquals(1, OutboxPruner.prune(connection, CUTOFF, 2));
        assertEquals(List.of(), left());
        assertEquals(0, OutboxPruner.prune(connection, CUTOFF, 2), "an empty outbox");
    }
}
