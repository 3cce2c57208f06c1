package io.grassroots.platform.sql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;

/**
 * Binds one value of each of a list's items as a PostgreSQL array parameter, for the statements that
 * write or match a whole batch in one go ({@code unnest(?::text[], ?::int4[]) t(a, b)}): the driver builds
 * the array (quoting, escapes and null elements included), and parallel arrays taken from the same list
 * line up item by item.
 */
public final class SqlArrays {
    private SqlArrays() {
    }

    /** Binds the items' texts as a {@code text[]}. */
    public static <T> void texts(PreparedStatement statement, int index, Collection<T> items,
            Function<? super T, String> text) throws SQLException {
        bind(statement, index, "text", items, text);
    }

    /** Binds the texts as a {@code text[]}. */
    public static void texts(PreparedStatement statement, int index, Collection<String> texts)
            throws SQLException {
        bind(statement, index, "text", texts, Function.identity());
    }

    /** Binds the items' integers as an {@code int4[]}. */
    public static <T> void ints(PreparedStatement statement, int index, Collection<T> items,
            Function<? super T, Integer> number) throws SQLException {
        bind(statement, index, "int4", items, number);
    }

    /** Binds the items' long integers as an {@code int8[]}. */
    public static <T> void longs(PreparedStatement statement, int index, Collection<T> items,
            Function<? super T, Long> number) throws SQLException {
        bind(statement, index, "int8", items, number);
    }

    /** Binds the items' decimals as a {@code numeric[]}. */
    public static <T> void decimals(PreparedStatement statement, int index, Collection<T> items,
            Function<? super T, BigDecimal> number) throws SQLException {
        bind(statement, index, "numeric", items, number);
    }

    /** Binds the items' truth values as a {@code bool[]}. */
    public static <T> void booleans(PreparedStatement statement, int index, Collection<T> items,
            Function<? super T, Boolean> truth) throws SQLException {
        bind(statement, index, "bool", items, truth);
    }

    /**
     * Binds one {@code text[]} after another from parameter first (1-based), each row's value written as text
     * (toString; null stays SQL NULL), which the statement casts to its column's type: text keeps every type's
     * own input syntax (uuid, date, jsonb, timestamptz from an ISO instant).
     */
    public static TextColumns textColumns(PreparedStatement statement, int first) {
        return new TextColumns(statement, first);
    }

    /** The next parameters of a statement, one column of many rows each ({@link #textColumns}). */
    public static final class TextColumns {
        private final PreparedStatement statement;
        private int index;

        private TextColumns(PreparedStatement statement, int first) {
            this.statement = statement;
            this.index = first;
        }

        /** Binds each row's value as the next parameter's element. */
        public <R> TextColumns column(Collection<R> rows, Function<? super R, ?> value) throws SQLException {
            bind(statement, index++, "text", rows, row -> {
                Object v = value.apply(row);
                return v == null ? null : v.toString();
            });
            return this;
        }
    }

    private static <T> void bind(PreparedStatement statement, int index, String elementType, Collection<T> items,
            Function<? super T, ?> value) throws SQLException {
        Object[] values = items.stream().map(value).toArray();
        statement.setArray(index, statement.getConnection().createArrayOf(elementType, values));
    }
}
