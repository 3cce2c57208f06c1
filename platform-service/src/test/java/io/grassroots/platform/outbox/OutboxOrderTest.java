package io.grassroots.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.platform.sql.ScratchTables;
import io.grassroots.json.PlatformJson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox writes a change's events in one statement on the platform's PostgreSQL server, and the
 * relay's order (ids ascending) is the events' order, also when the id sequence has moved on and when
 * another change's rows were written in between.
 */
class OutboxOrderTest {
    private Connection connection;
    private final Outbox outbox = new Outbox();

    @BeforeEach
    void tableOfItsOwn() throws Exception {
        // A temporary table and sequence of this session: the outbox's names resolve to them first.
        connection = ScratchTables.connect("create temporary table outbox_event (id bigserial primary key, "
                + "event_id uuid not null unique, topic varchar(64) not null, event_key text not null, "
                + "event_type varchar(64) not null, subject text not null, payload text not null, "
                + "created_at timestamptz not null, published_at timestamptz, trace_parent varchar(55), "
                + "request_id varchar(64))", "select setval('outbox_event_id_seq', 1000)");
        outbox.json = PlatformJson.shared();
        outbox.clock = Clock.systemUTC();
        outbox.config = new OutboxSizeTest.Limits(1_000_000);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private static List<UnitUpsertedV1> units(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> new UnitUpsertedV1(prefix + String.format("%06d", i),
                "村 \"" + i + "\", {x}", "VILLAGE", "450102001", "450102", "4501", "45")).toList();
    }

    private List<String> subjectsInIdOrder() throws Exception {
        List<String> subjects = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select subject, event_key, topic, event_type, payload "
                        + "from outbox_event order by id")) {
            while (rows.next()) {
                assertEquals(rows.getString(1), rows.getString(2), "the key is the subject");
                assertEquals("directory", rows.getString(3));
                assertEquals("unit.upserted.v1", rows.getString(4));
                assertEquals(PlatformJson.shared().readValue(rows.getString(5), UnitUpsertedV1.class).subject(),
                        rows.getString(1), "the payload is the row's own event");
                subjects.add(rows.getString(1));
            }
        }
        return subjects;
    }

    @Test
    void aChangesEventsTakeAscendingIdsInTheirOwnOrder() throws Exception {
        List<UnitUpsertedV1> first = units("A", 2_000);
        List<UnitUpsertedV1> second = units("B", 3);
        outbox.write(connection, first);
        outbox.write(connection, second);
        outbox.write(connection, List.of());

        List<String> expected = new ArrayList<>(first.stream().map(UnitUpsertedV1::subject).toList());
        expected.addAll(second.stream().map(UnitUpsertedV1::subject).toList());
        assertEquals(expected, subjectsInIdOrder());
        try (Statement read = connection.createStatement();
                ResultSet ids = read
                        .executeQuery("select min(id), max(id), count(distinct event_id) from outbox_event")) {
            ids.next();
            assertEquals(1001, ids.getLong(1), "ids continue the sequence");
            assertEquals(3003, ids.getLong(2), "one id a row, none skipped");
            assertEquals(2003, ids.getLong(3), "every event has an event id of its own");
        }
        assertEquals(2003, new HashSet<>(subjectsInIdOrder()).size());
    }

    /** The rows of one change, id and event id left out, in id order. */
    private List<String> rowsInIdOrder(String where) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet all = read.executeQuery("select concat_ws('|', topic, event_key, event_type, subject, "
                        + "payload, created_at, trace_parent, request_id) from outbox_event where " + where
                        + " order by id")) {
            while (all.next()) {
                rows.add(all.getString(1));
            }
        }
        return rows;
    }

    @Test
    void aLargeChangeByCopyWritesTheRowsOneStatementWrites() throws Exception {
        outbox.clock = Clock.fixed(java.time.Instant.parse("2026-12-03T07:30:00.123456Z"), java.time.ZoneOffset.UTC);
        List<UnitUpsertedV1> large = IntStream.range(0, Outbox.COPY_FROM).mapToObj(i -> new UnitUpsertedV1(
                "L" + i, "tab\there, line\nend, back\\slash \u00e9 " + i, "VILLAGE", null, "450102", "4501", "45"))
                .toList();
        List<UnitUpsertedV1> small = large.subList(0, Outbox.COPY_FROM - 1);
        outbox.write(connection, large);
        outbox.write(connection, small);

        List<String> copied = rowsInIdOrder("id <= 1000 + " + Outbox.COPY_FROM);
        List<String> inserted = rowsInIdOrder("id > 1000 + " + Outbox.COPY_FROM);
        assertEquals(Outbox.COPY_FROM, copied.size());
        assertEquals(inserted, copied.subList(0, Outbox.COPY_FROM - 1), "the same events, the same rows either way");
        try (Statement read = connection.createStatement();
                ResultSet payload = read.executeQuery("select payload from outbox_event where subject = 'unit:L7' "
                        + "order by id limit 1")) {
            payload.next();
            assertEquals(large.get(7), PlatformJson.shared().readValue(payload.getString(1), UnitUpsertedV1.class),
                    "tabs, line ends and backslashes survive the copy");
        }
    }
}
