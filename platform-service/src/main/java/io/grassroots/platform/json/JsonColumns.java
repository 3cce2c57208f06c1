package io.grassroots.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A jsonb column that a native query reads as text ({@code cast(col as text)}) or writes from text
 * ({@code cast(:p as jsonb)}), with the application's mapper: read models that join several tables, and
 * upserts, do not go through the entity that maps the column.
 */
public final class JsonColumns {
    private JsonColumns() {
    }

    public static <T> T read(ObjectMapper json, String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column", e);
        }
    }

    public static String write(ObjectMapper json, Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
