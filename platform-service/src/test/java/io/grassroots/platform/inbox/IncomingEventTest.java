package io.grassroots.platform.inbox;

import io.grassroots.events.data.DataReportedV1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import io.grassroots.events.visit.VisitScheduledV1;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What a consumer accepts as an event, and what it refuses as malformed (for the dead-letter topic). */
class IncomingEventTest {
    /** The platform's one JSON configuration, which the services' application mapper has too. */
    private static final ObjectMapper JSON = PlatformJson.shared();

    private static ConsumerRecord<String, String> record(String type, String data) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("visit-events", 0, 0L, "k", data);
        if (type != null) {
            record.headers().add("ce_id", "e-1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void aKnownTypeWithItsDataIsRead() {
        IncomingEvent event = IncomingEvent.of(record("visit.scheduled.v1", "{\"visit\": {\"visitId\": \"v-1\", "
                + "\"unitCode\": \"450103001\"}, \"scheduledAt\": \"2026-03-05T02:00:00Z\"}"), JSON);
        assertEquals("e-1", event.id());
        assertTrue(event.event() instanceof VisitScheduledV1 v && v.visit().visitId().equals("v-1"));
    }

    @Test
    void whatCanNeverBeProcessedIsMalformed() {
        for (String[] poison : new String[][] { { "visit.scheduled.v1", "{\"not json" }, { null, "{}" },
                { "no.such.event.v1", "{\"a\": 1}" }, { "visit.scheduled.v9", "{\"a\": 1}" },
                { "visit.scheduled.v1", "{}" }, { "visit.scheduled.v1", " {\n\t} " }, { "visit.scheduled.v1", "[]" },
                { "visit.scheduled.v1", "null" }, { "visit.scheduled.v1", "" }, { "visit.scheduled.v1", " " },
                { "visit.scheduled.v1", "{\"visit\": [1]}" }, { "visit.scheduled.v1", null } }) {
            assertThrows(IncomingEvent.MalformedEventException.class,
                    () -> IncomingEvent.of(record(poison[0], poison[1]), JSON), poison[0] + " " + poison[1]);
        }
    }

    @Test
    void aDecimalIsReadAsWritten() {
        // Through a tree a decimal was a double first: 0.1 + 0.2 of a result's value must stay 0.30000000000000001.
        IncomingEvent event = IncomingEvent.of(record("data.reported.v1", "{\"unitCode\": \"450102001\", "
                + "\"indicator\": \"POPULATION\", \"period\": \"2026\", \"value\": 0.30000000000000001, "
                + "\"version\": 1}"), JSON);
        assertEquals("0.30000000000000001", String.valueOf(((DataReportedV1) event.event()).value()));
    }
}
