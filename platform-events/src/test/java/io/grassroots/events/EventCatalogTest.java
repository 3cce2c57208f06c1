package io.grassroots.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.events.plan.PlanApprovedV1;
import io.grassroots.events.plan.PlanSnapshot;
import io.grassroots.events.plan.RuleFindingV1;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventCatalogTest {
    /** README's event table, type by type, with the topic each travels on. */
    static final Map<String, String> README_EVENTS = readmeEvents();

    private static Map<String, String> readmeEvents() {
        Map<String, String> events = new LinkedHashMap<>();
        for (String type : List.of("unit.upserted.v1", "department.upserted.v1", "category.upserted.v1",
                "calendar.published.v1")) {
            events.put(type, "directory");
        }
        for (String type : List.of("plan.submitted.v1", "plan.approved.v1", "plan.rejected.v1", "plan.cancelled.v1",
                "plan.submission-refused.v1")) {
            events.put(type, "plan-events");
        }
        for (String type : List.of("visit.scheduled.v1", "visit.confirmed.v1", "visit.rescheduled.v1",
                "visit.completed.v1")) {
            events.put(type, "visit-events");
        }
        events.put("result.published.v1", "inspection-results");
        for (String type : List.of("data.reported.v1", "request.filed.v1", "request.answered.v1", "task.issued.v1",
                "task.fulfilled.v1")) {
            events.put(type, "data-events");
        }
        events.put("ledger.published.v1", "assessment-events");
        events.put("score.published.v1", "assessment-events");
        return events;
    }

    @Test
    void theCatalogIsExactlyReadmesEventTableEachTypeOnItsTopic() {
        assertEquals(21, README_EVENTS.size());
        assertEquals(README_EVENTS.keySet(), EventCatalog.all().stream().map(EventCatalog::typeOf)
                .collect(Collectors.toSet()));
        assertEquals(21, EventCatalog.all().size(), "each type declared by one record");
        README_EVENTS.forEach((type, topic) -> {
            Class<? extends PlatformEvent> record = EventCatalog.recordFor(type).orElseThrow(
                    () -> new AssertionError(type + " has a record"));
            assertTrue(record.isRecord(), record + " is a record");
            assertEquals(type, EventCatalog.typeOf(record));
            assertEquals(topic, EventCatalog.topicOf(record), type);
        });
    }

    @Test
    void everyEventTypeRoundTripsThroughJsonWithEveryFieldFilled() throws Exception {
        ObjectMapper json = PlatformJson.shared();
        for (Map.Entry<String, String> typeAndTopic : README_EVENTS.entrySet()) {
            Class<? extends PlatformEvent> record = EventCatalog.recordFor(typeAndTopic.getKey()).orElseThrow();
            PlatformEvent event = record.cast(Samples.of(record));
            String text = json.writeValueAsString(event);
            PlatformEvent back = json.readValue(text, record);
            assertEquals(event, back, record.getSimpleName() + " survives JSON: " + text);
            assertEquals(typeAndTopic.getKey(), back.eventType(), record.getSimpleName());
            assertEquals(typeAndTopic.getValue(), back.topic(), record.getSimpleName());
            assertTrue(!text.contains(":null"), record.getSimpleName() + " has every field written: " + text);
        }
    }

    @Test
    void recordsRoundTripThroughJson() throws Exception {
        ObjectMapper json = PlatformJson.shared();
        PlanSnapshot plan = new PlanSnapshot("p-1", "45-emergency", "45", 2026, "安全生产检查", "INSPECTION", "SPECIAL",
                "WORK_SAFETY", "SAFETY", LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 29), 1, 3,
                List.of("450102001"), List.of("SAFETY_INCIDENTS"), "桂政办发〔2026〕1号", null);
        PlanApprovedV1 event = new PlanApprovedV1(plan,
                List.of(new RuleFindingV1("ANNUAL_QUOTA", "REVIEW", "targets", "quota 10, year at 12")),
                List.of("ANNUAL_QUOTA"), "汛期前必须检查", "coordinator-45", Instant.parse("2026-04-01T02:00:00Z"));

        String text = json.writeValueAsString(event);
        PlanApprovedV1 back = json.readValue(text, PlanApprovedV1.class);

        assertEquals(event, back);
        assertTrue(text.contains("\"windowStart\":\"2026-05-06\""), text);
        assertEquals("p-1", back.subject());
        assertEquals("plan.approved.v1", back.eventType());
        assertEquals("plan-events", back.topic());
    }

    @Test
    void aCalendarIsKeyedByItsYearOnTheCompactedDirectory() throws Exception {
        ObjectMapper json = PlatformJson.shared();
        CalendarPublishedV1 event = new CalendarPublishedV1(2027, List.of(new CalendarPublishedV1.Holiday(
                LocalDate.of(2027, 10, 1), "国庆节")), List.of(LocalDate.of(2027, 10, 9)), "国办发明电〔2026〕x号",
                "coordinator-45", Instant.parse("2026-11-10T02:00:00Z"), 3);

        String text = json.writeValueAsString(event);

        assertEquals(event, json.readValue(text, CalendarPublishedV1.class));
        assertTrue(text.contains("\"date\":\"2027-10-01\""), text);
        assertEquals("calendar:2027", event.subject());
        assertEquals("calendar.published.v1", event.eventType());
        assertEquals("directory", event.topic());
    }
}
