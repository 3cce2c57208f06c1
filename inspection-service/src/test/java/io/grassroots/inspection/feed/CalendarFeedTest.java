package io.grassroots.inspection.feed;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.awaitPlaced;
import static io.grassroots.inspection.support.Api.submitted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A township's visit calendar at a secret address: valid iCalendar in Chinese that a parser reads
 * back, readable without a token, gone at once when rotated or revoked, and managed by its unit alone.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarFeedTest {
    private static final String COUNTY = "450311";
    /** 良丰街道, 雁山区 (桂林). */
    private static final String UNIT = "450311001";
    private static final String OTHER_UNIT = "450311100";
    private static final String SETTINGS = "/api/units/" + UNIT + "/calendar-feed";
    private static String path;

    @Inject
    Db db;

    private static Response feed(String at) {
        return given().get(at);
    }

    @Test
    @Order(1)
    void aUnitWithoutAnAddressSeesNoneAndTheCoordinatorsJointVisitIsScheduled() {
        as(TestTokens.unit(UNIT)).get(SETTINGS).then().statusCode(200).body("active", equalTo(false))
                .body("path", equalTo(null));
        String coordinator = TestTokens.coordinator(COUNTY);
        for (String[] p : List.of(new String[] { "450311-emergency", "WORK_SAFETY" },
                new String[] { "450311-fire", "FIRE" })) {
            String id = submitted(TestTokens.department(p[0], COUNTY), PlanJson.valid().with("category", p[1])
                    .with("title", "2026年雁山区" + ("FIRE".equals(p[1]) ? "消防" : "安全生产") + "检查")
                    .with("targets", List.of(UNIT)).with("windowStart", "2026-04-13")
                    .with("windowEnd", "2026-04-17").with("teamSize", 2));
            as(coordinator).body(Map.of("decision", "APPROVE")).post("/api/plans/" + id + "/decision").then()
                    .statusCode(200);
            awaitPlaced(coordinator, id);
        }
        as(coordinator).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(200);
        as(TestTokens.unit(UNIT)).get("/api/units/" + UNIT + "/calendar?year=2026").then().statusCode(200)
                .body("'2026-04'.size()", equalTo(1));
    }

    @Test
    @Order(2)
    void theAddressIsAnsweredOnceAndOnlyItsHashIsStored() {
        path = as(TestTokens.unit(UNIT)).post(SETTINGS).then().statusCode(200).header("Cache-Control", "no-store")
                .body("active", equalTo(true)).extract().path("path");
        assertTrue(path.matches("/api/feeds/[A-Za-z0-9_-]{43}\\.ics"), path);
        String secret = path.substring("/api/feeds/".length(), path.length() - 4);
        assertEquals(1, db.count("select count(*) from calendar_feed where unit_code = '" + UNIT
                + "' and secret_hash = '" + FeedSecrets.hash(secret) + "'"));
        assertEquals(0, db.count("select count(*) from calendar_feed where secret_hash like '%" + secret + "%'"));
        // Asked again later, the unit learns it has an address, not what it is.
        as(TestTokens.unit(UNIT)).get(SETTINGS).then().statusCode(200).body("active", equalTo(true))
                .body("path", equalTo(null));
    }

    @Test
    @Order(3)
    void theFeedIsValidICalendarInChineseThatAParserReadsBack() throws Exception {
        Response answer = feed(path);
        answer.then().statusCode(200).contentType("text/calendar");
        assertTrue(answer.header("Cache-Control").startsWith("private"), answer.header("Cache-Control"));
        String ics = answer.asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertEquals("2.0", calendar.getProperty(Property.VERSION).orElseThrow().getValue());
        assertEquals("Asia/Shanghai", calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue());
        VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
        assertEquals("Asia/Shanghai", zone.getProperty(Property.TZID).orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size(), ics);
        VEvent visit = events.get(0);
        assertTrue(visit.getProperty(Property.UID).orElseThrow().getValue().endsWith("@grassroots"));
        assertTrue(visit.getProperty(Property.DTSTAMP).isPresent());
        String start = visit.getProperty(Property.DTSTART).orElseThrow().getValue();
        assertTrue(start.matches("202604(13|14|15|16|17)"), start);
        String summary = visit.getProperty(Property.SUMMARY).orElseThrow().getValue();
        assertTrue(summary.startsWith("联合检查：") && summary.contains("应急管理局") && summary.contains("消防救援大队"),
                summary);
        assertEquals("雁山区良丰街道", visit.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("TENTATIVE", visit.getProperty(Property.STATUS).orElseThrow().getValue());
        assertTrue(visit.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("2026年雁山区消防检查"));
        // Nothing about the account that made the address, nor the address itself.
        assertFalse(
                ics.contains("unit-" + UNIT) || ics.contains(path.substring(11, 54)) || ics.contains("calendar-feed"),
                ics);
    }

    @Test
    @Order(4)
    void anotherUnitCannotRotateOrRevokeItAndADepartmentMayNotAsk() {
        as(TestTokens.unit(OTHER_UNIT)).post(SETTINGS).then().statusCode(404);
        as(TestTokens.unit(OTHER_UNIT)).delete(SETTINGS).then().statusCode(404);
        as(TestTokens.unit(OTHER_UNIT)).get(SETTINGS).then().statusCode(404);
        as(TestTokens.coordinator(COUNTY)).post(SETTINGS).then().statusCode(403);
        given().post(SETTINGS).then().statusCode(401);
        feed(path).then().statusCode(200);
    }

    @Test
    @Order(5)
    void rotatingEndsTheOldAddressAndRevokingTheNewOneWithTheSame404AsAGuess() {
        String unknown = feed("/api/feeds/" + "A".repeat(43) + ".ics").then().statusCode(404).extract().asString();
        String fresh = as(TestTokens.unit(UNIT)).post(SETTINGS).then().statusCode(200).extract().path("path");
        assertFalse(fresh.equals(path));
        assertEquals(unknown, feed(path).then().statusCode(404).extract().asString());
        feed(fresh).then().statusCode(200);
        as(TestTokens.unit(UNIT)).delete(SETTINGS).then().statusCode(204);
        String revoked = feed(fresh).then().statusCode(404).header("Cache-Control", "no-store").extract().asString();
        assertEquals(unknown, revoked);
        assertFalse(revoked.contains(fresh.substring(11, 54)), revoked);
        assertEquals(unknown, feed("/api/feeds/not-a-secret.ics").then().statusCode(404).extract().asString());
        as(TestTokens.unit(UNIT)).get(SETTINGS).then().statusCode(200).body("active", equalTo(false));
        assertEquals(0, db.count("select count(*) from calendar_feed where unit_code = '" + UNIT + "'"));
    }
}
