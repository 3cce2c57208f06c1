package io.grassroots.inspection.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.visit.VisitRescheduledV1;
import io.grassroots.events.visit.VisitSnapshot;
import io.grassroots.json.PlatformJson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a visit's events announce: its stored status by name, CANCELLED once gone, written by the platform's mapper. */
@QuarkusTest
class AnnouncedStatusTest {
    @Inject
    ObjectMapper json;

    @Test
    void eachStoredStatusIsAnnouncedByItsOwnName() {
        assertEquals(VisitSnapshot.Status.PLANNED, VisitStatus.PLANNED.announced());
        assertEquals(VisitSnapshot.Status.CONFIRMED, VisitStatus.CONFIRMED.announced());
        assertEquals(VisitSnapshot.Status.COMPLETED, VisitStatus.COMPLETED.announced());
    }

    @Test
    void theServicesMapperWritesACancellationAsThePlatformsMapperDoes() throws Exception {
        VisitSnapshot gone = new VisitSnapshot("v-1", "450102001", "450102", 2026, "SAFETY",
                List.of(LocalDate.of(2026, 5, 6)), "45-fire", List.of(), List.of(), List.of(),
                VisitSnapshot.Status.CANCELLED.name(), null);
        VisitRescheduledV1 event = new VisitRescheduledV1(gone, List.of(LocalDate.of(2026, 5, 6)), List.of("p-1"),
                true, "plan p-1 cancelled", Instant.parse("2026-04-01T02:00:00Z"));

        String text = json.writeValueAsString(event);

        assertEquals(PlatformJson.shared().writeValueAsString(event), text);
        assertTrue(text.contains("\"status\":\"CANCELLED\""), text);
        assertTrue(text.contains("\"2026-05-06\""), text);
        assertEquals(event, PlatformJson.shared().readValue(text, VisitRescheduledV1.class));
    }
}
