package io.grassroots.platform.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.infra.PostgresServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@link SqlArrays} binds comes back out of {@code unnest} exactly as it went in, on the platform's
 * PostgreSQL server: texts that an array literal would have to quote or escape, null elements, empty lists.
 */
class SqlArraysTest {
    private static Connection connection;

    @BeforeAll
    static void connect() throws Exception {
        PostgresServer server = PostgresServer.fromEnvironment();
        connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
    }

    @AfterAll
    static void disconnect() throws Exception {
        connection.close();
    }

    /** The texts that {@code unnest(?::text[])} gives back, in order. */
    private static List<String> unnested(List<String> texts) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "select t from unnest(?::text[]) with ordinality u(t, n) order by n")) {
            SqlArrays.texts(select, 1, texts);
            List<String> back = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    back.add(rows.getString(1));
                }
            }
            return back;
        }
    }

    @Test
    void oddTextsComeBackAsTheyWent() throws Exception {
        List<String> odd = Arrays.asList("plain", "a, b", "say \"hi\"", "it's", "{braces}", "}{", "back\\slash",
                "\\\"", null, "", "NULL", "null", " padded ", "tab\tand\nnewline", "检查 ✓ 😀 ÅÄÖ", "(1,2)", "[x]");
        assertEquals(odd, unnested(odd));
    }

    @Test
    void anEmptyListIsAnEmptyArray() throws Exception {
        assertEquals(List.of(), unnested(List.of()));
        try (PreparedStatement count = connection.prepareStatement("select count(*), cardinality(?::text[]) from "
                + "unnest(?::text[])")) {
            SqlArrays.texts(count, 1, List.of());
            SqlArrays.texts(count, 2, List.of());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                assertEquals(0, row.getInt(1), "no row unnested");
                assertEquals(0, row.getInt(2), "an empty array, not a null one");
            }
        }
    }

    /** A row of several kinds, as a batch writes its items. */
    private record Item(String name, Integer count, Long id, BigDecimal amount, Boolean flag) {
    }

    @Test
    void parallelArraysOfEachKindLineUpItemByItem() throws Exception {
        List<Item> items = List.of(new Item("one, \"1\"", 1, 10_000_000_000L, new BigDecimal("1.50"), true),
                new Item(null, null, null, null, null), new Item("{3}\\", -3, -3L, new BigDecimal("-0.001"), false));
        try (PreparedStatement select = connection.prepareStatement("select name, count, id, amount, flag from "
                + "unnest(?::text[], ?::int4[], ?::int8[], ?::numeric[], ?::bool[]) with ordinality "
                + "u(name, count, id, amount, flag, n) order by n")) {
            SqlArrays.texts(select, 1, items, Item::name);
            SqlArrays.ints(select, 2, items, Item::count);
            SqlArrays.longs(select, 3, items, Item::id);
            SqlArrays.decimals(select, 4, items, Item::amount);
            SqlArrays.booleans(select, 5, items, Item::flag);
            List<Item> back = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    back.add(new Item(rows.getString(1), rows.getObject(2, Integer.class), rows.getObject(3,
                            Long.class), rows.getBigDecimal(4), rows.getObject(5, Boolean.class)));
                }
            }
            assertEquals(items, back);
        }
    }

    @Test
    void textsTakenFromItemsBindWhatTheFunctionGives() throws Exception {
        List<Integer> numbers = List.of(3, 1, 2);
        try (PreparedStatement select = connection.prepareStatement(
                "select string_agg(t, '|' order by n) from unnest(?::text[]) with ordinality u(t, n)")) {
            SqlArrays.texts(select, 1, numbers, n -> "#" + n);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertEquals("#3|#1|#2", row.getString(1));
            }
        }
    }

    @Test
    void textColumnsAreCastToTheirColumnsTypesFromTheGivenParameterOn() throws Exception {
        java.util.UUID id = java.util.UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        List<Object[]> rows = List.of(new Object[] { id, java.time.LocalDate.of(2027, 2, 28), "{\"a\": [1]}", 7 },
                new Object[] { null, null, null, null });
        try (PreparedStatement select = connection.prepareStatement("select ?::int, cast(r.id as uuid), "
                + "cast(r.day as date), cast(r.doc as jsonb) ->> 'a', cast(r.n as int) from unnest(?::text[], "
                + "?::text[], ?::text[], ?::text[]) with ordinality r(id, day, doc, n, k) order by k")) {
            select.setInt(1, 41);
            SqlArrays.textColumns(select, 2).column(rows, r -> r[0]).column(rows, r -> r[1]).column(rows, r -> r[2])
                    .column(rows, r -> r[3]);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                assertEquals(41, result.getInt(1), "the parameter before the columns is left alone");
                assertEquals(id, result.getObject(2));
                assertEquals(java.sql.Date.valueOf("2027-02-28"), result.getDate(3));
                assertEquals("[1]", result.getString(4));
                assertEquals(7, result.getInt(5));
                result.next();
                for (int column = 2; column <= 5; column++) {
                    assertEquals(null, result.getObject(column), "a null value stays SQL NULL in column " + column);
                }
                assertEquals(false, result.next(), "one row per item");
            }
        }
    }
}
