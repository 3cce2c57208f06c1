package io.grassroots.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.events.plan.PlanApprovedV1;
import io.grassroots.events.plan.PlanSnapshot;
import io.grassroots.events.plan.RuleFindingV1;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventCatalogTest {
    private static final Pattern VERSIONED = Pattern.compile("[a-z]+(\\.[a-z-]+)+\\.v[0-9]+");
    private static final Set<String> TOPICS = Set.of(Topics.DIRECTORY, Topics.PLAN_EVENTS, Topics.VISIT_EVENTS,
            Topics.INSPECTION_RESULTS, Topics.DATA_EVENTS, Topics.ASSESSMENT_EVENTS);

    @Test
    void everyEventHasOneVersionedTypeAndAKnownTopic() {
        Set<String> seen = new HashSet<>();
        for (Class<? extends PlatformEvent> record : EventCatalog.all()) {
            String type = EventCatalog.typeOf(record);
            assertTrue(record.isRecord(), record + " is a record");
            assertTrue(VERSIONED.matcher(type).matches(), type + " is versioned");
            assertTrue(TOPICS.contains(EventCatalog.topicOf(record)), record + " names a known topic");
            assertTrue(seen.add(type), type + " is declared once");
            assertEquals(record, EventCatalog.recordFor(type).orElseThrow());
        }
    }

    @Test
    void everyEventTypeRoundTripsThroughJsonWithEveryFieldFilled() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (Class<? extends PlatformEvent> record : EventCatalog.all()) {
            PlatformEvent event = record.cast(Samples.of(record));
            String text = json.writeValueAsString(event);
            PlatformEvent back = json.readValue(text, record);
            assertEquals(event, back, record.getSimpleName() + " survives JSON: " + text);
            assertEquals(EventCatalog.typeOf(record), back.eventType(), record.getSimpleName());
            assertEquals(EventCatalog.topicOf(record), back.topic(), record.getSimpleName());
            assertTrue(!text.contains(":null"), record.getSimpleName() + " has every field written: " + text);
        }
    }

    @Test
    void recordsRoundTripThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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
        assertEquals(Topics.PLAN_EVENTS, back.topic());
    }

    @Test
    void aCalendarIsKeyedByItsYearOnTheCompactedDirectory() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        CalendarPublishedV1 event = new CalendarPublishedV1(2027, List.of(new CalendarPublishedV1.Holiday(
                LocalDate.of(2027, 10, 1), "国庆节")), List.of(LocalDate.of(2027, 10, 9)), "国办发明电〔2026〕x号",
                "coordinator-45", Instant.parse("2026-11-10T02:00:00Z"), 3);

        String text = json.writeValueAsString(event);

        assertEquals(event, json.readValue(text, CalendarPublishedV1.class));
        assertTrue(text.contains("\"date\":\"2027-10-01\""), text);
        assertEquals("calendar:2027", event.subject());
        assertEquals("calendar.published.v1", event.eventType());
        assertEquals(Topics.DIRECTORY, event.topic());
    }
}
