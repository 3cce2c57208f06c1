package io.grassroots.platform.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link CopyRows} copies is stored exactly as it went in, on the platform's PostgreSQL server: texts that
 * COPY's text format must escape, nulls, each column type's own input syntax, and more rows than one piece sent.
 */
class CopyRowsTest {
    private Connection connection;

    /** A row of the scratch table. */
    record Item(int n, String text, UUID id, LocalDate day, Instant at, String json) {
    }

    @BeforeEach
    void tableOfItsOwn() throws Exception {
        connection = ScratchTables.connect("create temporary table copied (n int primary key, text text, id uuid, "
                + "day date, at timestamptz, doc jsonb, fixed int not null default 7)");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private long copy(List<Item> items) throws SQLException {
        return CopyRows.into("copied", items).column("n", Item::n).column("text", Item::text).column("id", Item::id)
                .column("day", Item::day).column("at", Item::at).column("doc", Item::json).write(connection);
    }

    private List<Item> stored() throws SQLException {
        List<Item> back = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select n, text, id, day, at, doc::text from copied order by n")) {
            while (rows.next()) {
                back.add(new Item(rows.getInt(1), rows.getString(2), rows.getObject(3, UUID.class),
                        rows.getObject(4, LocalDate.class),
                        rows.getObject(5, java.time.OffsetDateTime.class).toInstant(), rows.getString(6)));
            }
        }
        return back;
    }

    @Test
    void oddTextsAndEveryTypeComeBackAsTheyWent() throws Exception {
        List<String> odd = Arrays.asList("plain", "tab\there", "line\nend", "carriage\rreturn", "back\\slash",
                "\\N", "\\.", null, "", "NULL", " padded ", "检查 ✓ 😀 ÅÄÖ", "a,b;\"c\"", "{x}");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < odd.size(); i++) {
            items.add(new Item(i, odd.get(i), UUID.randomUUID(), LocalDate.of(2027, 2, 28).plusDays(i),
                    Instant.parse("2026-12-03T07:30:00.123456Z").plusSeconds(i), "{\"k\": \"v\\t" + i + "\"}"));
        }
        assertEquals(odd.size(), copy(items));
        assertEquals(items, stored());
    }

    @Test
    void manyRowsGoInPiecesAndAColumnLeftOutTakesItsDefault() throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            items.add(new Item(i, "行 " + i + " " + "x".repeat(i % 50), null, null,
                    Instant.parse("2027-01-01T00:00:00Z"), null));
        }
        assertEquals(20_000, copy(items));
        assertEquals(items, stored());
        try (Statement read = connection.createStatement();
                ResultSet fixed = read.executeQuery("select count(*) from copied where fixed = 7")) {
            fixed.next();
            assertEquals(20_000, fixed.getInt(1));
        }
    }

    @Test
    void noRowsSendNothing() throws Exception {
        assertEquals(0, copy(List.of()));
        assertEquals(List.of(), stored());
    }

    @Test
    void aRefusedRowLeavesTheConnectionUsable() throws Exception {
        Item first = new Item(1, "a", null, null, Instant.EPOCH, null);
        assertThrows(SQLException.class, () -> copy(List.of(first, first)), "a duplicate key");
        assertEquals(List.of(), stored());
        assertEquals(1, copy(List.of(first)));
    }
}
