package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
    /** A control by its id, else its name and value (a checkbox of a list), else its text (a button). */
    private static final String NAMED = "const named = (e) => e.id || (e.name ? e.name + '=' + e.value"
            + " : e.tagName.toLowerCase() + ':' + e.textContent.trim());\n";

    private static String planId;
    private static String visitId;
    private static LocalDate visitDay;

    @Test
    @Order(1)
    void aDepartmentFilesThePlanAndSeesAFinding(RunningStack stack) {
        signIn(DEPARTMENT);
        int year = RunningStack.YEAR;
        browser.get("/plans/new");
        theKeyboardReachesTheFormInOrder();
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
        assertEquals("CONFIRMED", api(stack, COORDINATOR).get("/api/visits/" + visitId).then().extract().path("status"));
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
        // The same pages with the unit's session answer with the API's status, not a page that says so.
        String session = browser.driver().manage().getCookieNamed("grassroots_session").getValue();
        Map<String, String> sameAs = Map.of("/approvals", "/api/plans?status=SUBMITTED&year=" + RunningStack.YEAR,
                "/plans/" + planId, "/api/plans/" + planId);
        sameAs.forEach((page, asked) -> {
            int refused = api(stack, UNIT_ACCOUNT).get(asked).then().extract().statusCode();
            assertEquals(403, refused, asked + " as a unit");
            given().baseUri(stack.gateway()).redirects().follow(false).cookie("grassroots_session", session)
                    .get(page).then().statusCode(refused);
        });
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
        List<WebElement> tables = browser.all(".table-wrap table");
        assertEquals(2, tables.size(), "the red and the black table");
        for (int t = 0; t < 2; t++) {
            String list = t == 0 ? "red" : "black";
            Map<String, Object> entry = entry(board, list, department);
            WebElement row = tables.get(t).findElement(By.cssSelector("tr[data-department='" + department + "']"));
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            String name = entry.get("name") == null ? department : (String) entry.get("name");
            assertTrue(cells.get(1).startsWith(name) && cells.get(1).contains((String) entry.get("regionCode")),
                    list + ": " + cells);
            List<String> shown = new ArrayList<>(cells);
            shown.remove(1);
            assertEquals(List.of(String.valueOf(entry.get("rank")), dec(entry.get("reliefScore")),
                    dec(entry.get("burdenScore")), pct(entry.get("cutAchieved")), pct(entry.get("shareRate")),
                    pct(entry.get("mergeShare")), dec(entry.get("feedbackMean")), filed + "/"
                            + (entry.get("quotaLimit") == null ? "—" : entry.get("quotaLimit")),
                    String.valueOf(entry.get("submissionsRefused"))), shown, list + " row as the API ranks it");
        }
        browser.show("tr[data-department='" + department + "']");
        browser.check("year", "12-public");
    }

    /**
     * Tab order on the plan form, as a keyboard user meets it: the first Tab lands on the skip link,
     * Enter on it moves the focus to the main region, and Tab from there goes through the form's controls
     * in the order they are shown, none left out.
     */
    private static void theKeyboardReachesTheFormInOrder() {
        browser.tab();
        WebElement skip = browser.focused();
        assertEquals("跳到正文", skip.getText());
        assertTrue(skip.getAttribute("class").contains("skip"), skip.getAttribute("outerHTML"));
        assertTrue(skip.getLocation().getX() >= 0, "the skip link shows once focused");
        browser.check("year", "0-skip-link");
        browser.press(Keys.ENTER);
        browser.await(d -> "main".equals(browser.focused().getAttribute("id")));
        browser.tab();
        assertEquals("/plans", browser.focused().getAttribute("pathname"), "first in the main region: the way back");
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) browser.script(NAMED + """
                return [...document.querySelectorAll('main form.form :is(input, select, textarea, button)')]
                  .filter((e) => e.type !== 'hidden').map(named);""");
        List<String> reached = new ArrayList<>();
        String submit = controls.get(controls.size() - 1);
        // A date input takes a Tab per part (year, month, day): the focus stays on it meanwhile.
        for (int i = 0; i < 3 * controls.size() && !submit.equals(last(reached)); i++) {
            browser.tab();
            String now = (String) browser.script(NAMED + "return named(document.activeElement);");
            if (!now.equals(last(reached))) {
                reached.add(now);
            }
        }
        assertEquals(controls, reached, "Tab goes through the plan form in order");
        assertTrue(controls.subList(0, 2).equals(List.of("title", "year")) && controls.contains("windowStart")
                && controls.contains("mandate"), "the form's inputs: " + controls);
    }

    private static String last(List<String> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(JsonPath board, String list, String department) {
        return ((List<Map<String, Object>>) (List<?>) board.getList(list)).stream()
                .filter(e -> department.equals(e.get("departmentId"))).findFirst()
                .orElseThrow(() -> new AssertionError(department + " is on the " + list + " list: " + board.prettify()));
    }

    /** A number as the list shows it: one decimal, "—" for none. */
    private static String dec(Object value) {
        return value == null ? "—" : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share as the list shows it: a whole percentage. */
    private static String pct(Object value) {
        return value == null ? "—"
                : new BigDecimal(value.toString()).movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    private static void signIn(String user) {
        ConsoleSession.signIn(browser, user);
    }

    private static io.restassured.specification.RequestSpecification api(RunningStack stack, String user) {
        return ConsoleSession.api(stack, user);
    }
}
