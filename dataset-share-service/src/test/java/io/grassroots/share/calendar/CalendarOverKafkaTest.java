package io.grassroots.share.calendar;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.OfficialYear;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.EventPublisher;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An official calendar published by inspection-service reaches this service over the real broker:
 * kept once however often it is delivered, never replaced by an older one, and used to count a data
 * request's notice. The test year is 2026 (the service's clock stands at Monday 2026-03-02) with two
 * invented 调休 days, and it ends by publishing the shipped 2026 data again for the other tests.
 */
@QuarkusTest
class CalendarOverKafkaTest extends ShareTest {
    private static final OfficialYear SHIPPED = OfficialCalendarData.shipped().arrangement(2026);

    private static CalendarPublishedV1 published(OfficialYear year, List<LocalDate> extraWorkdays,
            List<LocalDate> extraHolidays, String source, long revision) {
        List<CalendarPublishedV1.Holiday> holidays = new ArrayList<>();
        year.holidays().forEach((day, name) -> holidays.add(new CalendarPublishedV1.Holiday(day, name)));
        extraHolidays.forEach(day -> holidays.add(new CalendarPublishedV1.Holiday(day, "测试假日")));
        List<LocalDate> workdays = new ArrayList<>(year.workdays());
        workdays.addAll(extraWorkdays);
        return new CalendarPublishedV1(2026, holidays, workdays, source, "coordinator-45",
                Instant.parse("2026-03-01T02:00:00Z"), revision);
    }

    private static void refusedWithEarliestDue(String earliest) {
        given().auth().oauth2(TestTokens.department("450102-statistics", "450102")).contentType(ContentType.JSON)
                .body(Map.of("title", "下周要", "indicators", List.of("POPULATION"), "units", List.of("450102001"),
                        "period", "2025", "dueDate", "2026-03-11"))
                .post("/api/data-requests").then().statusCode(400)
                .body("violations[0].rule", equalTo("NOTICE"))
                .body("violations[0].message", containsString("earliest due " + earliest));
    }

    private long revisionOf2026() {
        return db.count("select coalesce(max(revision), 0) from official_calendar where year = 2026");
    }

    @Test
    void aPublishedCalendarIsKeptOnceNeverReplacedByAnOlderOneAndCountsTheNotice() {
        refusedWithEarliestDue("2026-03-16");
        String first = UUID.randomUUID().toString();
        String older = UUID.randomUUID().toString();
        // Saturday 03-07 and Sunday 03-08 worked: ten working days after Monday 03-02 end on Thursday 03-12.
        CalendarPublishedV1 worked = published(SHIPPED, List.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8)),
                List.of(), "测试调休", 10);
        try (EventPublisher events = new EventPublisher()) {
            events.publish(worked, first);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> revisionOf2026() == 10);
            refusedWithEarliestDue("2026-03-12");

            // The same event again, then an older arrangement of the year: neither changes anything.
            events.publish(worked, first);
            events.publish(published(SHIPPED, List.of(), List.of(LocalDate.of(2026, 3, 3)), "旧安排", 5), older);
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> db.count("select count(*) from processed_event where event_id = ?", older) == 1);
            assertEquals(1, db.count("select count(*) from processed_event where event_id = ?", first));
            assertEquals(1, db.count("select count(*) from official_calendar"));
            assertEquals("测试调休", db.text("select source from official_calendar where year = 2026"));
            assertEquals(10, revisionOf2026());
            refusedWithEarliestDue("2026-03-12");

            // A newer arrangement wins: the shipped data again, as the other tests expect.
            events.publish(published(SHIPPED, List.of(), List.of(), "国办发明电〔2025〕x号", 11));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> revisionOf2026() == 11);
        }
        refusedWithEarliestDue("2026-03-16");
    }
}
