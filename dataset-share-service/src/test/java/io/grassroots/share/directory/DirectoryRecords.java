package io.grassroots.share.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Directory events as the consumer receives them: records of the directory topic at offsets counted up. */
final class DirectoryRecords {
    private final ObjectMapper json;
    private long offset;

    DirectoryRecords(ObjectMapper json, long firstOffset) {
        this.json = json;
        this.offset = firstOffset;
    }

    /** The event as a record of its own (a fresh event id) at the next offset. */
    ConsumerRecord<String, String> record(PlatformEvent event) throws JsonProcessingException {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DIRECTORY, 0, offset++, event.subject(),
                json.writeValueAsString(event));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", event.eventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
