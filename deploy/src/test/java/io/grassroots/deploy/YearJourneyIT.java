package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
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
 * the visit, the joint team records its result, the unit sees it and rates it, and the public list
 * counts it. Each step checks what the page shows (mostly against the API), not only that it loaded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearJourneyIT extends BrowserJourney {
    static final String DEPARTMENT = "emergency-qingxiu";
    static final String COORDINATOR = "coordinator-qingxiu";
    static final String TEAM = "team-emergency-qingxiu";
    static final String UNIT_ACCOUNT = "xinzhu-street";
    static final String UNIT = "450103001";
    private static final String TITLE = "旅程：五月安全生产复查 " + System.nanoTime();
    /** The ledger's series colours (web/chart/ledger.js). */
    private static final String[] LEDGER_COLOURS = { "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9",
            "#d55e00" };

    private static String planId;
    private static String visitId;
    private static LocalDate visitDay;

    @Test
    @Order(1)
    void aDepartmentFilesThePlanAndSeesAFinding(RunningStack stack) {
        signIn(DEPARTMENT);
        int year = RunningStack.YEAR;
        browser.get("/plans/new");
        PlanFormKeyboard.reachesTheFormInOrder(browser);
        Map.of("#title", TITLE, "#year", String.valueOf(year), "#targets", UNIT, "#windowStart", year + "-05-10",
                "#windowEnd", year + "-05-28", "#onSiteDays", "1", "#teamSize", "3", "#materials", "SAFETY_INCIDENTS",
                "#mandate", "桂安委〔" + year + "〕5号")
                .forEach(
                        (css, value) -> browser.script("arguments[0].value = arguments[1];", browser.find(css), value));
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
        card.findElements(org.openqa.selenium.By.cssSelector("input[name=acceptedFindings]"))
                .forEach(WebElement::click);
        card.findElement(org.openqa.selenium.By.cssSelector("textarea[name=reason]")).sendKeys("五月复查，同意");
        card.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.await(d -> browser.text().contains("计划已批准。"));
        browser.check("year", "2-approved");

        browser.get("/schedule?year=" + RunningStack.YEAR);
        // The run's "running" state, held: a listener on the window, the last to hear the submit, keeps
        // the request from going, so the page stays as the click left it while the run would go on.
        browser.script("window.addEventListener('submit', (event) => event.preventDefault());");
        browser.find("#schedule-run button[type=submit]").click();
        browser.driver().switchTo().alert().accept();
        browser.await(d -> !browser.find("#schedule-run button[type=submit]").isEnabled());
        assertEquals("true", browser.find("#schedule-run").getAttribute("aria-busy"));
        WebElement running = browser.find("#schedule-run [data-running-status]");
        assertTrue(running.isDisplayed(), "the running state is shown");
        assertTrue(running.getText().startsWith("正在排程"), running.getText());
        browser.check("year", "3-running");
        // A fresh page has no such listener: the run goes.
        browser.get("/schedule?year=" + RunningStack.YEAR);
        assertFalse(browser.find("#schedule-run [data-running-status]").isDisplayed());
        browser.find("#schedule-run button[type=submit]").click();
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
        assertEquals("CONFIRMED",
                api(stack, COORDINATOR).get("/api/visits/" + visitId).then().extract().path("status"));
        browser.check("year", "4-confirmed");

        // The region's ledger of this year, when the demo's data request was filed: both charts are drawn.
        int thisYear = RunningStack.YEAR - 1;
        browser.get("/ledger?year=" + thisYear);
        assertTrue(browser.text("#departments-title").contains(thisYear + " 年"), browser.text("#departments-title"));
        assertFalse(browser.all("#ledger-table tr[data-department='450103-emergency']").isEmpty(),
                "the department that filed the request has its row: " + browser.text("main"));
        browser.assertDrawn("#ledger-chart", LEDGER_COLOURS);
        browser.assertDrawn(browser.show("#share-chart"), LEDGER_COLOURS);
        browser.check("year", "4-ledger");
    }

    @Test
    @Order(4)
    void theJointTeamRecordsItsResultOnAPhone(RunningStack stack) {
        signIn(TEAM);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.get("/visits/" + visitId);
        String day = api(stack, TEAM).get("/api/visits/" + visitId).then().extract().path("date");
        visitDay = LocalDate.parse(day);
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
        new UnitJourneySteps(browser, stack).seesTheVisitOnItsCalendarAndSubscribesAPhone(visitId, visitDay);
    }

    @Test
    @Order(6)
    void theUnitFillsOnlyTheMissingFieldOfItsTask(RunningStack stack) {
        new UnitJourneySteps(browser, stack).fillsOnlyTheMissingFieldOfItsTask();
    }

    @Test
    @Order(7)
    void theUnitSeesWhoReadItsDataAndRatesTheVisit(RunningStack stack) {
        new UnitJourneySteps(browser, stack).seesWhoReadItsDataAndRatesTheVisit(visitId, planId, TITLE);
    }

    @Test
    @Order(9)
    void thePublicListShowsTheDepartment(RunningStack stack) {
        // The ledger counts every plan-target the department filed this year, the journey's plan's included.
        List<Map<String, Object>> plans = api(stack, DEPARTMENT).get("/api/plans?year=" + RunningStack.YEAR
                + "&size=100").then().statusCode(200).extract().jsonPath().getList("items");
        assertTrue(plans.stream().anyMatch(p -> planId.equals(p.get("id"))), "the journey's plan is listed");
        int filed = plans.stream().filter(p -> !"DRAFT".equals(p.get("status")))
                .mapToInt(p -> ((Number) p.get("targetCount")).intValue()).sum();
        String query = "year=" + RunningStack.YEAR + "&region=" + DemoYear.COUNTY;
        String department = "450103-emergency";
        JsonPath board = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().baseUri(stack.gateway()).get("/api/burden/leaderboard?size=20&" + query).then()
                        .statusCode(200).extract().jsonPath()
                        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)),
                        b -> String.valueOf(filed).equals(b.getString("red.find { it.departmentId == '"
                                + department + "' }.targetsFiled")));
        browser.anonymous().get("/burden/leaderboard?" + query);
        LeaderboardRows.assertShownAsRanked(browser, board, department, filed);
        browser.show("tr[data-department='" + department + "']");
        browser.check("year", "12-public");
    }

    private static void signIn(String user) {
        ConsoleSession.signIn(browser, user);
    }

    private static io.restassured.specification.RequestSpecification api(RunningStack stack, String user) {
        return ConsoleSession.api(stack, user);
    }
}
