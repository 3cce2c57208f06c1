package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.grassroots.web.support.VisitStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The visit lists of four roles: a team's and a department's with their filters and pages, the
 * coordinator's visits to confirm by county and township, the auditor's without forms, and a team's
 * itinerary in route order.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class VisitListTest {

    @Test
    void aTeamListsItsVisitsFilteredByStatusAndDaysAndPaged() {
        Browser browser = Browser.signedIn("team-emergency");
        String html = browser.get("/visits?status=CONFIRMED&from=2027-03-01&to=2027-03-31&page=1").then()
                .statusCode(200).extract().asString();
        assertEquals("/api/visits?status=CONFIRMED&from=2027-03-01&to=2027-03-31&page=1&size=20", lastList().uri());
        assertEquals("Bearer " + browser.cookie(Browser.SESSION), lastList().authorization());
        assertTrue(html.contains("<h1>本组检查</h1>"), html);
        assertTrue(html.contains("href=\"/visits/" + VisitStub.CONFIRMED + "\">朝阳街道（450102002）</a>"), html);
        assertTrue(html.contains("已确认（已通知）"), html);
        assertTrue(html.contains("<option value=\"CONFIRMED\" selected>"), html);
        assertTrue(html.contains("value=\"2027-03-01\""), html);
        // A team sees no county or township filter, and no confirmation.
        assertFalse(html.contains("id=\"county\"") || html.contains("/confirm"), html);
    }

    @Test
    void theCoordinatorsVisitsToConfirmArePlannedOnesByCountyAndTownshipWithAConfirmButton() {
        Browser browser = Browser.signedIn("coordinator-1");
        String html = browser.get("/visits?county=450102&township=450102001&page=1").then().statusCode(200)
                .extract().asString();
        assertEquals("/api/visits?status=PLANNED&region=450102001&page=1&size=20", lastList().uri());
        assertTrue(html.contains("<h1>待确认的检查</h1>") && html.contains("共 41 项，第 2 / 3 页"), html);
        assertTrue(html.contains("action=\"/visits/" + VisitStub.PLANNED + "/confirm\""), html);
        assertTrue(html.contains("name=\"csrf-token\""), html);
        // Paging keeps the filter, and "every status" is a choice of its own.
        assertTrue(html.contains("href=\"/visits?county=450102&amp;township=450102001&amp;page=2\""), html);
        browser.get("/visits?status=ALL&county=450102").then().statusCode(200);
        assertEquals("/api/visits?region=450102&page=0&size=20", lastList().uri());
    }

    @Test
    void aBadFilterIsShownNextToItsInputInChinese() {
        Browser browser = Browser.signedIn("coordinator-1");
        String html = browser.get("/visits?county=4501023").then().statusCode(400).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"county-error\">县（区）代码格式不正确</p>"), html);
        assertTrue(html.contains("aria-describedby=\"county-error\""), html);
        html = browser.get("/visits?from=2027-02-30").then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"from-error\">起始日期格式不正确</p>"), html);
        // A township outside the county is refused before asking the API.
        int before = StubGateway.REQUESTS.size();
        html = browser.get("/visits?county=450103&township=450102001").then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"township-error\">乡镇（街道）不在所选县（区）之内</p>"), html);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.uri().startsWith("/api/visits")));
    }

    @Test
    void anHtmxFilterGetsOnlyTheResultsEvenWhenRefused() {
        Browser browser = Browser.signedIn("coordinator-1");
        String html = browser.request().header("HX-Request", "true").get("/visits?county=4501023").then()
                .statusCode(200).extract().asString();
        assertFalse(html.contains("<html"), html);
        assertTrue(html.contains("县（区）代码格式不正确") && html.contains("共 0 项"), html);
    }

    @Test
    void confirmingFromTheListReturnsToTheSameFilterWithANotice() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/visits?county=450102");
        browser.form("/visits/" + VisitStub.PLANNED + "/confirm", "back", "list", "county", "450102").then()
                .statusCode(303).header("Location", containsString("/visits?county=450102&confirmed=1"));
        assertTrue(StubGateway.REQUESTS.stream().anyMatch(r -> r.method().equals("POST")
                && r.uri().equals("/api/visits/" + VisitStub.PLANNED + "/confirm")));
        browser.get("/visits?county=450102&confirmed=1").then().statusCode(200)
                .body(containsString("检查已确认，已通知受检单位。"));
    }

    @Test
    void aDepartmentAndAnAuditorReadWithoutForms() {
        String html = Browser.signedIn("emergency-xingning").get("/visits").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("<h1>本部门计划的检查</h1>"), html);
        assertEquals("/api/visits?page=0&size=20", lastList().uri());
        assertFalse(html.contains("method=\"post\" action=\"/visits"), html);

        Browser auditor = Browser.signedIn("auditor-45");
        html = auditor.get("/visits").then().statusCode(200).extract().asString();
        assertTrue(html.contains("辖区检查（只读）") && html.contains("id=\"county\""), html);
        assertFalse(html.contains("method=\"post\" action=\"/visits"), html);
        html = auditor.get("/visits/" + VisitStub.PLANNED).then().statusCode(200).extract().asString();
        assertTrue(html.contains("民生街道（450102001）") && html.contains("2027年春季消防安全检查"), html);
        assertFalse(html.contains("<form method=\"post\" action=\"/visits"), html);
        auditor.form("/visits/" + VisitStub.PLANNED + "/confirm").then().statusCode(403);
        auditor.form("/visits/" + VisitStub.CONFIRMED + "/results", "findings", "x").then().statusCode(403);
    }

    @Test
    void theItineraryGroupsTheWeeksVisitsByRouteInRouteOrder() {
        Browser browser = Browser.signedIn("team-emergency");
        String html = browser.get("/visits/itinerary?day=2027-03-17").then().statusCode(200).extract().asString();
        assertEquals("/api/visits?from=2027-03-15&to=2027-03-21&size=500", lastList().uri());
        assertTrue(html.contains("2027-03-15 至 2027-03-21"), html);
        // One route, its stops by day: 朝阳街道 on the 15th before 民生街道 on the 16th, though the API listed them the other way.
        int first = html.indexOf("2027-03-15 · 朝阳街道");
        int second = html.indexOf("2027-03-16 · 民生街道");
        assertTrue(first > 0 && second > first, html);
        assertEquals(1, html.split("class=\"card route\"", -1).length - 1, html);
        assertTrue(html.contains("href=\"/visits/itinerary?day=2027-03-24&amp;span=week\""), html);
        browser.get("/visits/itinerary?day=2027-03-17&span=day").then().statusCode(200);
        assertEquals("/api/visits?from=2027-03-17&to=2027-03-17&size=500", lastList().uri());
    }

    @Test
    void theRolesHomeCardsLeadToTheVisitPages() {
        Browser.signedIn("team-emergency").get("/").then().statusCode(200)
                .body(containsString("<a href=\"/visits\">本组检查</a>"))
                .body(containsString("<a href=\"/visits/itinerary\">检查行程</a>"))
                .body(not(containsString("正在建设中。</p></li>\n  <li class=\"card\"><h2><a href=\"/burden")));
        Browser.signedIn("coordinator-1").get("/").then().body(containsString("<a href=\"/visits\">待确认的检查</a>"));
        Browser.signedIn("auditor-45").get("/").then().body(containsString("<a href=\"/visits\">辖区检查</a>"));
        Browser.signedIn("emergency-xingning").get("/").then()
                .body(containsString("<a href=\"/visits\">本部门计划的检查</a>"));
    }

    private static StubGateway.Recorded lastList() {
        return StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/visits?")).reduce((a, b) -> b)
                .orElseThrow();
    }
}
