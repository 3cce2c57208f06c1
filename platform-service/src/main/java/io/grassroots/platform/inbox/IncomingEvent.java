package io.grassroots.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.EventCatalog;
import io.grassroots.events.PlatformEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent as a consumer receives it from Kafka (binary mode): its id, its type and the event
 * record its JSON data maps to. Anything that is not such an event is refused as malformed, so that
 * the channel's dead-letter strategy takes it aside with the reason.
 */
public record IncomingEvent(String id, String type, String topic, PlatformEvent event) {
    /** The event a record carries, read with the application's mapper (unknown fields are ignored). */
    public static IncomingEvent of(ConsumerRecord<String, String> record, ObjectMapper json) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new MalformedEventException("not a CloudEvent: ce_id or ce_type header missing");
        }
        Class<? extends PlatformEvent> recordType = EventCatalog.recordFor(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + type));
        String data = record.value();
        if (data == null || !nonEmptyObject(data)) {
            throw new MalformedEventException(type + " " + id + " has no data");
        }
        try {
            // Straight into the record: a tree first, then the record, parsed every event twice (a sixth of the
            // results consumer's CPU at 1,000 a second), and read decimals as doubles on the way.
            return new IncomingEvent(id, type, record.topic(), json.readValue(data, recordType));
        } catch (java.io.IOException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(type + " " + id + " has unreadable data: " + e.getMessage());
        }
    }

    /** Whether the text starts as a JSON object with at least one member: not {}, [], null or a scalar. */
    static boolean nonEmptyObject(String json) {
        int i = skipWhitespace(json, 0);
        return i < json.length() && json.charAt(i) == '{' && (i = skipWhitespace(json, i + 1)) < json.length()
                && json.charAt(i) != '}';
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
                || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** An event that cannot be processed whatever the retries: it goes to the dead-letter topic. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
