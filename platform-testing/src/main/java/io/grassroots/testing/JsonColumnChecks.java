package io.grassroots.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** The house rule on JSON storage, checked against a service's database: jsonb everywhere but the outbox. */
public final class JsonColumnChecks {
    private JsonColumnChecks() {
    }

    /**
     * Asserts that every named column ("table.column") is jsonb, and that the outbox's payload is text:
     * it is sent to Kafka byte for byte, which jsonb's reordering and respacing would break.
     */
    public static void assertJsonb(DatabaseProbe db, List<String> columns) {
        for (String column : columns) {
            String[] parts = column.split("\\.");
            assertEquals("jsonb", db.columnType(parts[0], parts[1]), column);
        }
        assertEquals("text", db.columnType("outbox_event", "payload"));
    }
}
