package io.grassroots.platform.sql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes many rows into one table with a single {@code COPY … FROM STDIN} on the caller's connection, inside its
 * transaction: each column's value written as text in COPY's text format (toString; null is SQL NULL), which the
 * server reads with the column type's own input syntax. A province's scheduling run writes ~20,000 visits, ~36,000
 * members and ~20,000 events; as array parameters of an {@code insert … select from unnest} the driver spent about a
 * second quoting the arrays and the server more parsing them (#19).
 */
public final class CopyRows<R> {
    /** Sent to the server in pieces of about this many characters, so no run is held as one huge buffer. */
    private static final int CHUNK = 1 << 16;

    private final String table;
    private final Collection<R> rows;
    private final List<String> names = new ArrayList<>();
    private final List<Function<? super R, ?>> values = new ArrayList<>();

    private CopyRows(String table, Collection<R> rows) {
        this.table = table;
        this.rows = rows;
    }

    /** Rows of the table, one per item, its columns named next. */
    public static <R> CopyRows<R> into(String table, Collection<R> rows) {
        return new CopyRows<>(table, rows);
    }

    /** The next column and the item's value for it. */
    public CopyRows<R> column(String name, Function<? super R, ?> value) {
        names.add(name);
        values.add(value);
        return this;
    }

    /** Copies the rows; returns how many the server took. Nothing is sent for no rows. */
    public long write(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + String.join(", ", names) + ") from stdin");
        try {
            StringBuilder text = new StringBuilder(CHUNK + 1024);
            for (R row : rows) {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    append(text, values.get(i).apply(row));
                }
                text.append('\n');
                if (text.length() >= CHUNK) {
                    send(copy, text);
                }
            }
            send(copy, text);
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    /** Ends a failed copy; a failure to cancel stays beside the cause instead of hiding it. */
    private static void cancel(CopyIn copy, Exception cause) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(utf8, 0, utf8.length);
        text.setLength(0);
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** A value in COPY's text format: the backslash, the separators and the line ends escaped. */
    static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        if (plain(s)) {
            text.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
