package io.grassroots.inspection.calendar;

import static io.grassroots.inspection.calendar.Year2027.SOURCE;
import static io.grassroots.inspection.calendar.Year2027.arrangement;
import static io.grassroots.inspection.calendar.Year2027.holidays;
import static io.grassroots.inspection.calendar.Year2027.plan2027;
import static io.grassroots.inspection.calendar.Year2027.with;
import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.draft;
import static io.grassroots.inspection.support.Api.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.events.Topics;
import io.grassroots.inspection.support.Db;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventProbe.ReceivedEvent;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A year the shipped calendar does not cover (2027): plans are flagged for review until a province's
 * coordinator loads the arrangement; the load is validated, announced, and moves planned visits off
 * the new holidays while confirmed ones are listed. The dates are invented, not the State Council's.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarTest {
    private static final String COUNTY = "450110";
    private static final String MOVED_UNIT = "450110100";
    private static final String CONFIRMED_UNIT = "450110102";
    private static final String EMERGENCY = COUNTY + "-emergency";
    private static final Set<LocalDate> WORKDAYS = Set.of(LocalDate.of(2027, 9, 26), LocalDate.of(2027, 10, 9));
    private final String province = TestTokens.coordinator("45");

    private static String movedVisit;
    private static String confirmedVisit;
    private static List<String> movedDays;

    @Inject
    Db db;

    private String state() {
        return db.state() + "/" + db.count("select count(*) from official_calendar") + "/"
                + db.count("select coalesce(sum(version), 0) from official_calendar");
    }

    @Test
    @Order(1)
    void aPlanTouchingAYearWithoutAnArrangementIsForReviewAndMayBeApprovedOverIt() {
        String dept = TestTokens.department(EMERGENCY, COUNTY);
        as(dept).get("/api/calendar/2027").then().statusCode(200).body("status", equalTo("NONE"))
                .body("holidays", empty());
        as(TestTokens.unit(MOVED_UNIT)).get("/api/calendar/2026").then().statusCode(200)
                .body("status", equalTo("SHIPPED"))
                .body("holidays.find { it.date == '2026-10-01' }.name", equalTo("国庆节"));

        String id = draft(dept, plan2027(List.of(MOVED_UNIT, CONFIRMED_UNIT), "2027-10-01", "2027-10-29"));
        submit(dept, id).statusCode(200)
                .body("findings.find { it.rule == 'CALENDAR_UNKNOWN' }.severity", equalTo("REVIEW"))
                .body("findings.find { it.rule == 'CALENDAR_UNKNOWN' }.field", equalTo("windowStart"))
                .body("findings.find { it.rule == 'CALENDAR_UNKNOWN' }.message", equalTo("no official holiday "
                        + "arrangement for 2027 is loaded yet: weekends only are excluded; load it with "
                        + "PUT /api/calendar/2027"));
        as(province).body(Map.of("decision", "APPROVE", "reason", "x")).post("/api/plans/" + id + "/decision")
                .then().statusCode(400).body("violations[0].rule", equalTo("REVIEW_ACCEPTED"))
                .body("violations[0].message", containsString("CALENDAR_UNKNOWN"));
        as(province).body(Map.of("decision", "APPROVE", "reason", "国庆安排公布后复核",
                "acceptedFindings", List.of("CALENDAR_UNKNOWN"))).post("/api/plans/" + id + "/decision").then()
                .statusCode(200).body("status", equalTo("APPROVED"));

        // Weekends only: both townships get their visit on Friday 2027-10-01, one of them confirmed.
        as(province).post("/api/schedule/" + COUNTY + "/2027").then().statusCode(200).body("visits", equalTo(2));
        movedVisit = as(province).get("/api/visits?unit=" + MOVED_UNIT).then().body("items[0].date",
                equalTo("2027-10-01")).extract().path("items[0].id");
        confirmedVisit = as(province).get("/api/visits?unit=" + CONFIRMED_UNIT).then().body("items[0].date",
                equalTo("2027-10-01")).extract().path("items[0].id");
        as(province).post("/api/visits/" + confirmedVisit + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    @Order(2)
    void onlyAProvincesCoordinatorLoadsACalendarAndBadArrangementsChangeNothing() {
        String before = state();
        as(TestTokens.coordinator(COUNTY)).body(arrangement()).put("/api/calendar/2027").then().statusCode(404);
        as(TestTokens.coordinator("4501")).body(arrangement()).put("/api/calendar/2027").then().statusCode(404);
        as(TestTokens.department(EMERGENCY, COUNTY)).body(arrangement()).put("/api/calendar/2027").then()
                .statusCode(403);
        as(TestTokens.auditor("45")).body(arrangement()).put("/api/calendar/2027").then().statusCode(403);

        invalid(put(1999, arrangement()), "year", "RANGE");
        List<Map<String, String>> outside = new ArrayList<>(holidays("国庆节", "2027-10-01", 7));
        outside.add(3, Map.of("date", "2028-01-01", "name", "元旦"));
        invalid(put(2027, with("holidays", outside)), "holidays[3].date", "YEAR");
        invalid(put(2027, with("workdays", List.of("2027-10-08"))), "workdays[0]", "WEEKEND");
        invalid(put(2027, with("workdays", List.of("2027-09-26", "2027-10-02"))), "workdays[1]", "CONFLICT");
        invalid(put(2027, with("workdays", List.of("2027-09-26", "2027-09-26"))), "workdays[1]", "UNIQUE");
        invalid(put(2027, with("holidays", List.of(Map.of("date", "2027-02-30", "name", "春节")))),
                "holidays[0].date", "FORMAT");
        invalid(put(2027, with("holidays", holidays("节".repeat(51), "2027-10-01", 1))), "holidays[0].name",
                "MAX_LENGTH");
        invalid(put(2027, with("holidays", holidays("假日", "2027-01-01", 61))), "holidays", "MAX_SIZE");
        invalid(put(2027, with("source", " ")), "source", "REQUIRED");
        assertEquals(before, state());
        as(province).get("/api/calendar/2027").then().body("status", equalTo("NONE"));
    }

    private ValidatableResponse put(int year, Map<String, Object> body) {
        return as(province).body(body).put("/api/calendar/" + year).then();
    }

    private static void invalid(ValidatableResponse response, String field, String rule) {
        response.statusCode(400).body("violations.field", hasItem(field))
                .body("violations.find { it.field == '" + field + "' }.rule", equalTo(rule));
    }

    @Test
    @Order(3)
    void loadingTheYearIsAnnouncedMovesPlannedVisitsOffTheHolidaysAndListsConfirmedOnes() {
        ValidatableResponse loaded = put(2027, arrangement()).statusCode(200)
                .body("status", equalTo("LOADED"))
                .body("source", equalTo(SOURCE))
                .body("loadedBy", equalTo("coordinator-45"))
                .body("holidays", hasSize(14))
                .body("workdays", equalTo(List.of("2027-09-26", "2027-10-09")))
                .body("unplaced", equalTo(0))
                .body("rescheduled.visitId", equalTo(List.of(movedVisit)))
                .body("rescheduled[0].from", equalTo(List.of("2027-10-01")))
                .body("confirmedOnHolidays", hasSize(1))
                .body("confirmedOnHolidays[0].visitId", equalTo(confirmedVisit))
                .body("confirmedOnHolidays[0].unitCode", equalTo(CONFIRMED_UNIT))
                .body("confirmedOnHolidays[0].date", equalTo("2027-10-01"))
                .body("confirmedOnHolidays[0].holiday", equalTo("国庆节"));
        List<String> to = loaded.extract().path("rescheduled[0].to");
        assertFalse(to.isEmpty());

        List<String> days = as(province).get("/api/visits/" + movedVisit).then().statusCode(200)
                .body("status", equalTo("PLANNED")).extract().path("days");
        assertEquals(to, days);
        movedDays = days;
        for (String day : days) {
            LocalDate d = LocalDate.parse(day);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertTrue(d.isAfter(LocalDate.of(2027, 10, 7)) && (!weekend || WORKDAYS.contains(d)), day);
        }
        as(province).get("/api/visits/" + confirmedVisit).then().body("date", equalTo("2027-10-01"))
                .body("status", equalTo("CONFIRMED"));

        try (EventProbe visits = EventProbe.of(Topics.VISIT_EVENTS)) {
            ReceivedEvent moved = visits
                    .await(e -> movedVisit.equals(e.key()) && "visit.rescheduled.v1".equals(e.type()),
                            1, Duration.ofSeconds(60))
                    .get(0);
            assertTrue(moved.data().contains("\"days\":[\"" + days.get(0) + "\""), moved.data());
        }
        try (EventProbe directory = EventProbe.of(Topics.DIRECTORY)) {
            ReceivedEvent published = directory.await(e -> "calendar:2027".equals(e.key()), 1,
                    Duration.ofSeconds(60)).get(0);
            assertEquals("calendar.published.v1", published.type());
            assertTrue(published.data().contains("{\"date\":\"2027-10-01\",\"name\":\"国庆节\"}"), published.data());
            assertTrue(published.data().contains(SOURCE), published.data());
        }

        // Everyone signed in reads what is in force; each sees the confirmed visits that are theirs.
        as(TestTokens.department(EMERGENCY, COUNTY)).get("/api/calendar/2027").then().statusCode(200)
                .body("status", equalTo("LOADED")).body("version", equalTo(0))
                .body("confirmedOnHolidays.visitId", equalTo(List.of(confirmedVisit)));
        as(TestTokens.coordinator(COUNTY)).get("/api/calendar/2027").then()
                .body("confirmedOnHolidays.visitId", equalTo(List.of(confirmedVisit)));
        as(TestTokens.department("450102-emergency", "450102")).get("/api/calendar/2027").then()
                .body("confirmedOnHolidays", empty());
        as(TestTokens.unit(CONFIRMED_UNIT)).get("/api/calendar/2027").then()
                .body("confirmedOnHolidays[0].holiday", equalTo("国庆节"));
    }

    @Test
    @Order(4)
    void aPlanSavedAfterTheLoadIsCheckedAgainstTheArrangement() {
        String fire = TestTokens.department(COUNTY + "-fire", COUNTY);
        as(fire).body(plan2027(List.of(MOVED_UNIT), "2027-10-08", "2027-10-29").with("category", "FIRE").body())
                .post("/api/plans").then().statusCode(201)
                .body("findings.rule", not(hasItem("CALENDAR_UNKNOWN")));
        as(fire).body(plan2027(List.of(MOVED_UNIT), "2027-10-01", "2027-10-07").with("category", "FIRE").body())
                .post("/api/plans").then().statusCode(400)
                .body("violations[0].rule", equalTo("CALENDAR"))
                .body("violations[0].message", containsString("holds 0 working day(s)"));
    }

    @Test
    @Order(5)
    void aLoadedYearMayBeReplacedAndTheNewArrangementWins() {
        Map<String, Object> later = arrangement();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> holidays = new ArrayList<>((List<Map<String, String>>) later.get("holidays"));
        // The corrected notice also gives the day the visit moved to (an invented correction).
        holidays.add(Map.of("date", movedDays.get(0), "name", "国庆节"));
        later.put("holidays", holidays);
        later.put("source", SOURCE + "（更正）");
        put(2027, later).statusCode(200).body("version", equalTo(1)).body("holidays", hasSize(15))
                .body("rescheduled.visitId", equalTo(List.of(movedVisit)))
                .body("rescheduled[0].from", equalTo(movedDays))
                .body("rescheduled[0].to[0]", not(equalTo(movedDays.get(0))));
        as(province).get("/api/calendar/2027").then().body("source", equalTo(SOURCE + "（更正）"))
                .body("holidays.date", hasItem(movedDays.get(0)));
    }
}
