package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One plan's way through the year in a real browser, each step by the user whose work it is (#15): a
 * department files it and sees a finding, the coordinator approves it and runs the schedule, confirms
 * the visit, the joint team records its result, the unit sees it and rates it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearJourneyTest extends BrowserJourney {
    static final String DEPARTMENT = "emergency-qingxiu";
    static final String COORDINATOR = "coordinator-qingxiu";
    static final String TEAM = "team-emergency-qingxiu";
    static final String UNIT_ACCOUNT = "xinzhu-street";
    static final String UNIT = "450103001";
    private static final String TITLE = "旅程：五月安全生产复查 " + System.nanoTime();
    private static String planId;
    private static String visitId;

    @Test
    @Order(1)
    void aDepartmentFilesThePlanAndSeesAFinding(RunningStack stack) {
        signIn(DEPARTMENT);
        int year = RunningStack.YEAR;
        browser.get("/plans/new");
        Map.of("#title", TITLE, "#year", String.valueOf(year), "#targets", UNIT, "#windowStart", year + "-05-10",
                "#windowEnd", year + "-05-28", "#onSiteDays", "1", "#teamSize", "3", "#materials", "SAFETY_INCIDENTS",
                "#mandate", "桂安委〔" + year + "〕5号")
                .forEach((css, value) -> browser.script("arguments[0].value = arguments[1];", browser.find(css), value));
        new Select(browser.find("#category")).selectByValue("WORK_SAFETY");
        browser.find("form.form button.primary").click();
        browser.await(d -> d.getCurrentUrl().contains("/edit?saved=1"));
        planId = browser.path().replaceAll("^/plans/([^/]+)/edit.*$", "$1");

        browser.get("/plans/" + planId);
        browser.find("form[action$='/submit'] button").click();
        browser.driver().switchTo().alert().accept();
        browser.await(d -> browser.text().contains("计划已报送，等待统筹办审批。"));
        JsonPath plan = api(stack, DEPARTMENT).get("/api/plans/" + planId).then().statusCode(200).extract().jsonPath();
        assertEquals("SUBMITTED", plan.getString("status"));
        List<String> rules = plan.getList("findings.rule");
        assertFalse(rules.isEmpty(), "next year's holidays are not loaded: the plan carries a review finding");
        List<String> shown = browser.all("main table tbody tr").stream().map(WebElement::getText).toList();
        assertEquals(rules.size(), shown.size(), "a row per finding: " + shown);
        assertTrue(shown.get(0).contains("需统筹办审核"), shown.get(0));
        browser.check("year", "1-submitted");
    }

    @Test
    @Order(2)
    void theCoordinatorApprovesItAcceptingEachFindingAndRunsTheSchedule(RunningStack stack) {
        signIn(COORDINATOR);
        browser.get("/approvals?year=" + RunningStack.YEAR);
        WebElement card = browser.find("section[aria-labelledby='plan-" + planId + "']");
        card.findElements(org.openqa.selenium.By.cssSelector("input[name=acceptedFindings]")).forEach(WebElement::click);
        card.findElement(org.openqa.selenium.By.cssSelector("textarea[name=reason]")).sendKeys("五月复查，同意");
        card.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.await(d -> browser.text().contains("计划已批准。"));
        browser.check("year", "2-approved");

        browser.get("/schedule?year=" + RunningStack.YEAR);
        browser.find("#schedule-run button").click();
        browser.driver().switchTo().alert().accept();
        browser.await(d -> d.getCurrentUrl().contains("ran=1"));
        assertTrue(browser.text("#schedule-notice").contains("排程已完成"));
        JsonPath run = api(stack, COORDINATOR).get("/api/schedule/" + DemoYear.COUNTY + "/" + RunningStack.YEAR).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(run.getInt("summary.planTargets") + " 个", browser.text("[data-figure=planTargets]"));
        assertTrue(browser.text("[data-figure=visits]").startsWith(run.getInt("summary.visits") + " 次"));
        assertEquals("SCHEDULED", api(stack, DEPARTMENT).get("/api/plans/" + planId).then().extract().path("status"));
        browser.check("year", "3-scheduled");
    }

    @Test
    @Order(3)
    void theCoordinatorConfirmsTheVisit(RunningStack stack) {
        visitId = api(stack, COORDINATOR).get("/api/visits?unit=" + UNIT + "&status=PLANNED&size=100").then()
                .statusCode(200).extract().jsonPath()
                .getString("items.find { it.plans.any { p -> p.planId == '" + planId + "' } }.id");
        assertTrue(visitId != null, "the plan's visit to " + UNIT + " is planned");
        browser.get("/visits?county=" + DemoYear.COUNTY);
        browser.find("#confirm-" + visitId).click();
        browser.driver().switchTo().alert().accept();
        browser.await(d -> d.getCurrentUrl().contains("confirmed=1"));
        assertTrue(browser.find("#visit-notice").isDisplayed());
        assertEquals("CONFIRMED", api(stack, COORDINATOR).get("/api/visits/" + visitId).then().extract().path("status"));
        browser.check("year", "4-confirmed");
    }

    @Test
    @Order(4)
    void theJointTeamRecordsItsResultOnAPhone(RunningStack stack) {
        signIn(TEAM);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.get("/visits/" + visitId);
        String day = api(stack, TEAM).get("/api/visits/" + visitId).then().extract().path("date");
        new Select(browser.find("#planId")).selectByValue(planId);
        browser.find("#findings").sendKeys("消防通道堵塞一处，已当场指出");
        new Select(browser.find("#rating")).selectByValue("4");
        browser.find("#item-0").sendKeys("清理消防通道");
        browser.script("arguments[0].value = arguments[1];", browser.find("#dueDate-0"),
                LocalDate.parse(day).plusDays(15).toString());
        new Select(browser.find("#indicator-0")).selectByValue("SAFETY_INCIDENTS");
        // The form offers last year's period; this value is of the year before.
        assertEquals(String.valueOf(RunningStack.YEAR - 1), browser.find("#period-0").getAttribute("value"));
        browser.find("#period-0").clear();
        browser.find("#period-0").sendKeys(String.valueOf(RunningStack.YEAR - 2));
        browser.find("#value-0").sendKeys("1");
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow.intValue(), "the result form fits a 360 px phone");
        browser.find("#save-result").click();
        browser.await(d -> d.getCurrentUrl().contains("recorded=1") || !browser.all("main .error").isEmpty());
        assertTrue(browser.url().contains("recorded=1"), "recorded, not refused: " + browser.text("main"));
        WebElement result = browser.find("section.result[data-plan-id='" + planId + "']");
        assertTrue(result.getText().contains("消防通道堵塞一处") && result.getText().contains("清理消防通道"),
                result.getText());
        JsonPath visit = api(stack, TEAM).get("/api/visits/" + visitId).then().statusCode(200).extract().jsonPath();
        assertEquals(4, visit.getInt("results.find { it.planId == '" + planId + "' }.rating"));
        browser.check("year", "5-recorded");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Test
    @Order(5)
    void theUnitSeesTheVisitOnItsCalendarAndSubscribesAPhoneToIt(RunningStack stack) throws Exception {
        signIn(UNIT_ACCOUNT);
        browser.get("/unit/calendar?year=" + RunningStack.YEAR);
        WebElement listed = browser.find("li[data-visit='" + visitId + "']");
        assertEquals("COMPLETED", listed.getAttribute("data-status"), "the team's result completed the visit");
        // The server's list is hidden once the calendar has drawn; it stays for screen readers and without script.
        assertTrue(listed.getAttribute("textContent").contains("评价"), listed.getAttribute("textContent"));
        browser.await(d -> !browser.all("#unit-calendar.fc .fc-view-harness").isEmpty());
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
        given().get(feed).then().statusCode(404);
    }

    @Test
    @Order(6)
    void theUnitFillsOnlyTheMissingFieldOfItsTask(RunningStack stack) {
        browser.get("/unit/tasks");
        String request = stack.seeded.request();
        WebElement task = browser.all("section[data-task]").stream()
                .filter(t -> !t.findElements(org.openqa.selenium.By.cssSelector("[data-indicator=POPULATION]")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("a task asks for the population: " + browser.text()));
        assertTrue(task.findElements(org.openqa.selenium.By.cssSelector("[data-indicator=SAFETY_INCIDENTS]")).isEmpty(),
                "the incidents came from the team's result: only the missing field is asked");
        String taskId = task.getAttribute("data-task");
        task.findElement(org.openqa.selenium.By.cssSelector("[data-indicator=POPULATION]")).sendKeys("52000");
        browser.check("year", "8-task");
        task.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.await(d -> !browser.all("#tasks-notice").isEmpty());
        JsonPath answered = api(stack, DEPARTMENT).get("/api/data-requests/" + request).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(answered.prettify().contains("52000"), "the department's request is answered: " + answered.prettify());
        assertTrue(taskId != null);
        browser.check("year", "9-task-done");
    }

    @Test
    @Order(7)
    void theUnitSeesWhoReadItsDataAndRatesTheVisit(RunningStack stack) {
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
        assertFalse(browser.text().contains(TITLE), "a unit does not read a department's plan");
        browser.check("year", "11-refused");
    }

    @Test
    @Order(9)
    void thePublicListShowsTheDepartment(RunningStack stack) {
        browser.anonymous().get("/burden/leaderboard?year=" + RunningStack.YEAR + "&region=" + DemoYear.COUNTY);
        assertTrue(browser.text().contains("应急管理局") || browser.text().contains("450103-emergency"),
                browser.text());
        browser.check("year", "12-public");
    }

    private static void signIn(String user) {
        ConsoleSession.signIn(browser, user);
    }

    private static io.restassured.specification.RequestSpecification api(RunningStack stack, String user) {
        return ConsoleSession.api(stack, user);
    }
}
