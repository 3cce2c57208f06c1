package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebElement;

/** The unit's steps of the year journey (YearJourneyIT), signed in as the unit: what it sees, fills and rates. */
final class UnitJourneySteps {
    private final Browser browser;
    private final RunningStack stack;

    UnitJourneySteps(Browser browser, RunningStack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    /** Its calendar draws the completed visit on its day; a phone subscribes to its feed, which it then revokes. */
    void seesTheVisitOnItsCalendarAndSubscribesAPhone(String visitId, LocalDate visitDay) {
        // The visit's month on a desktop: a month grid, in which the visit is drawn on its day.
        browser.get("/unit/calendar?year=" + RunningStack.YEAR + "&month=" + visitDay.getMonthValue());
        WebElement listed = browser.find("li[data-visit='" + visitId + "']");
        assertEquals("COMPLETED", listed.getAttribute("data-status"), "the team's result completed the visit");
        // The server's list is hidden once the calendar has drawn; it stays for screen readers and without script.
        String fallback = listed.getAttribute("textContent");
        assertTrue(fallback.contains("评价"), fallback);
        // A completed visit's event links to its rating: the link names the visit.
        WebElement event = browser.await(d -> browser.all(".fc-daygrid-day[data-date='" + visitDay
                + "'] a.fc-event[href='/unit/feedback?visit=" + visitId + "']").stream().findFirst().orElse(null));
        assertFalse(listed.isDisplayed(), "the list gives way to the calendar");
        assertTrue(event.isDisplayed(), "the visit is drawn on " + visitDay);
        String title = event.getText();
        assertTrue(title.startsWith("[已完成] "), title);
        assertTrue(fallback.contains(title.substring("[已完成] ".length())), title + " is the listed visit: " + fallback);
        browser.assertDrawn("#burden-chart", "#2c3e50");
        browser.show(".fc-daygrid-day[data-date='" + visitDay + "']");
        browser.check("year", "6-calendar");

        browser.get("/unit/calendar-feed");
        browser.find("#feed-rotate button").click();
        browser.await(d -> !browser.all("#feed-url").isEmpty());
        String feed = browser.find("#feed-url").getAttribute("value");
        assertTrue(feed.startsWith(stack.gateway()), feed);
        // A phone's calendar app fetches it without signing in.
        String ics = given().get(feed).then().statusCode(200).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR") && ics.contains(visitId), "the visit is in the feed: " + ics);
        browser.check("year", "7-feed");
        browser.find("#feed-revoke button").click();
        browser.driver().switchTo().alert().accept();
        browser.await(d -> "false".equals(browser.find("#feed-status").getAttribute("data-active")));
        assertTrue(browser.text("#feed-status").contains("尚未启用订阅地址"), browser.text("#feed-status"));
        assertTrue(browser.all("#feed-url").isEmpty(), "no address is shown once revoked");
        given().get(feed).then().statusCode(404);
        browser.check("year", "7-feed-revoked");
    }

    /** Its task asks only for the field that no result gave; filling it answers the department's request. */
    void fillsOnlyTheMissingFieldOfItsTask() {
        browser.get("/unit/tasks");
        String request = stack.seeded.request();
        WebElement task = browser.all("section[data-task]").stream()
                .filter(t -> !t.findElements(org.openqa.selenium.By.cssSelector("[data-indicator=POPULATION]"))
                        .isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("a task asks for the population: " + browser.text()));
        assertTrue(task.findElements(org.openqa.selenium.By.cssSelector("[data-indicator=SAFETY_INCIDENTS]")).isEmpty(),
                "the incidents came from the team's result: only the missing field is asked");
        String taskId = task.getAttribute("data-task");
        task.findElement(org.openqa.selenium.By.cssSelector("[data-indicator=POPULATION]")).sendKeys("52000");
        browser.check("year", "8-task");
        task.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.await(d -> !browser.all("#tasks-notice").isEmpty());
        JsonPath answered = api(YearJourneyIT.DEPARTMENT).get("/api/data-requests/" + request).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(answered.prettify().contains("52000"),
                "the department's request is answered: " + answered.prettify());
        assertTrue(taskId != null);
        browser.check("year", "9-task-done");
    }

    /** Its access log names who read its data; it rates the visit; other roles' and parties' pages are refused. */
    void seesWhoReadItsDataAndRatesTheVisit(String visitId, String planId, String planTitle) {
        browser.get("/unit/access-log");
        List<String> rows = browser.all("#access-log tbody tr").stream().map(WebElement::getText).toList();
        assertFalse(rows.isEmpty(), "reads of its data are listed");
        assertTrue(rows.stream().anyMatch(r -> r.contains("450103-emergency")), "the department that read: " + rows);
        browser.check("year", "10-access-log");

        browser.get("/unit/feedback?visit=" + visitId);
        browser.find("#rating-5").click();
        browser.find("#comment").sendKeys("一次检查，材料一份，不重复");
        browser.find("#feedback-form button[type=submit]").click();
        browser.await(d -> !browser.all("#rated-notice").isEmpty());
        assertEquals("5", browser.find("#rated-notice").getAttribute("data-rating"));
        browser.check("year", "11-rated");

        // Another role's page is refused as the API refuses it; so is another party's object.
        browser.expectError("/approvals - Failed to load resource: .* status of 403");
        browser.get("/approvals");
        assertTrue(browser.text().contains("您的角色不能查看此页面"), browser.text());
        browser.expectError("/plans/" + planId + " - Failed to load resource: .* status of 403");
        browser.get("/plans/" + planId);
        assertFalse(browser.text().contains(planTitle), "a unit does not read a department's plan");
        browser.check("year", "11-refused");
        // The same pages with the unit's session answer with the API's status, not a page that says so.
        String session = browser.driver().manage().getCookieNamed("grassroots_session").getValue();
        Map<String, String> sameAs = Map.of("/approvals", "/api/plans?status=SUBMITTED&year=" + RunningStack.YEAR,
                "/plans/" + planId, "/api/plans/" + planId);
        sameAs.forEach((page, asked) -> {
            int refused = api(YearJourneyIT.UNIT_ACCOUNT).get(asked).then().extract().statusCode();
            assertEquals(403, refused, asked + " as a unit");
            given().baseUri(stack.gateway()).redirects().follow(false).cookie("grassroots_session", session)
                    .get(page).then().statusCode(refused);
        });
    }

    private RequestSpecification api(String user) {
        return ConsoleSession.api(stack, user);
    }
}
