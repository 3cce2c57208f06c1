package io.grassroots.inspection.visit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Binds a column of many rows as one text array, which the statement casts to the column's type and
 * unnests: one statement writes or reads any number of rows (#19), where a JDBC batch runs a statement
 * per so many rows and an in-list has at most 32,767 parameters. Text keeps every type's own input
 * syntax (uuid, date, jsonb, timestamptz from an ISO instant); a null stays SQL NULL.
 */
final class ColumnArrays {
    private final Connection connection;
    private final PreparedStatement statement;
    private int index;

    private ColumnArrays(Connection connection, PreparedStatement statement, int first) {
        this.connection = connection;
        this.statement = statement;
        this.index = first - 1;
    }

    /** Binds the statement's parameters from the first, one column after another. */
    static ColumnArrays of(Connection connection, PreparedStatement statement) {
        return new ColumnArrays(connection, statement, 1);
    }

    /** Binds the statement's parameters from this one (1-based), one column after another. */
    static ColumnArrays of(Connection connection, PreparedStatement statement, int first) {
        return new ColumnArrays(connection, statement, first);
    }

    /** The next parameter: each row's value, written as text (toString, or null). */
    <R> ColumnArrays column(List<R> rows, Function<R, ?> value) throws SQLException {
        String[] texts = new String[rows.size()];
        for (int i = 0; i < texts.length; i++) {
            Object v = value.apply(rows.get(i));
            texts[i] = v == null ? null : Objects.toString(v);
        }
        Array array = connection.createArrayOf("text", texts);
        statement.setArray(++index, array);
        return this;
    }
}
