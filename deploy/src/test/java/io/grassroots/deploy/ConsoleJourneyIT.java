package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The web console through the gateway in a real browser (#15): what each page shows a user of the demo year. */
class ConsoleJourneyIT extends BrowserJourney {
    private static final String DEPARTMENT = "emergency-qingxiu";

    @Test
    void anyoneReadsTheRedAndBlackListOfTheDemoYear(RunningStack stack) {
        String query = "year=" + RunningStack.YEAR + "&region=" + DemoYear.COUNTY;
        // The list follows the events: wait until the demo year's three departments are ranked, as the API says.
        JsonPath board = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().baseUri(stack.gateway()).get("/api/burden/leaderboard?" + query).jsonPath(),
                        b -> b.getList("red").size() >= 3);
        int ranked = board.getList("red").size();
        browser.anonymous().get("/burden/leaderboard?" + query);
        assertEquals("减负红黑榜", browser.text("h1"));
        List<WebElement> tables = browser.all(".table-wrap table");
        assertEquals(2, tables.size(), "the red and the black table");
        for (int t = 0; t < 2; t++) {
            String list = t == 0 ? "red" : "black";
            List<WebElement> rows = tables.get(t).findElements(By.cssSelector("tbody tr"));
            assertEquals(ranked, rows.size(), list);
            String first = board.getString(list + "[0].name") == null ? board.getString(list + "[0].departmentId")
                    : board.getString(list + "[0].name");
            List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
            assertEquals("1", cells.get(0).getText(), list);
            assertTrue(cells.get(1).getText().startsWith(first), list + " starts with " + first + ": "
                    + rows.get(0).getText());
        }
        List<WebElement> charts = browser.all(".chart");
        assertEquals(2, charts.size(), "a chart of each list");
        // In the lists' colours (web/chart/chart.js).
        browser.assertDrawn(charts.get(0), "#c0392b");
        browser.assertDrawn(charts.get(1), "#2c3e50");
        String text = browser.text();
        assertTrue(text.contains("减负得分 = 100 × 以下各项适用分量的加权平均"), "the formula is explained");
        assertTrue(text.contains("共 " + board.getInt("departmentsRanked") + " 个部门参与排名"), text);
        browser.check("leaderboard", "desktop");

        // A phone: the page may be long but never wider than the screen.
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.get("/burden/leaderboard?" + query);
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow.intValue(), "no sideways scrolling at 360 px");
        assertTrue(browser.find(".chart canvas").getSize().getWidth() <= 360);
        browser.check("leaderboard", "phone");
    }

    @Test
    void aDepartmentFindsItsPlansAndDraftsOneThatTheRulesCatch(RunningStack stack) {
        String seeded = stack.seeded.emergencyPlan();
        JsonPath plan = api(stack, DEPARTMENT).get("/api/plans/" + seeded).then().statusCode(200).extract().jsonPath();
        String title = plan.getString("title");
        signIn("plans");
        browser.get("/plans");
        assertEquals("本部门计划", browser.text("h1"));
        WebElement row = rowOf(title);
        String status = row.findElement(By.cssSelector(".badge")).getText();
        browser.check("plans", "list");

        // htmx replaces the results and the address; the seeded plan is no draft, so it goes.
        new Select(browser.find("#status")).selectByValue("DRAFT");
        browser.await(d -> d.getCurrentUrl().contains("status=DRAFT") && rowsWith(title).isEmpty());
        badges().forEach(b -> assertEquals("草稿", b, "only drafts are listed"));
        browser.check("plans", "drafts");
        new Select(browser.find("#status")).selectByValue(plan.getString("status"));
        browser.await(d -> !rowsWith(title).isEmpty());
        assertFalse(badges().isEmpty());
        badges().forEach(b -> assertEquals(status, b, "only plans in the seeded plan's status"));
        browser.check("plans", "filtered");

        rowOf(title).findElement(By.linkText(title)).click();
        browser.await(d -> d.getCurrentUrl().endsWith("/plans/" + seeded));
        assertEquals(title, browser.text("h1"));
        List<String> findings = browser.all("main table tbody tr").stream().map(WebElement::getText).toList();
        List<String> rules = plan.getList("findings.rule");
        assertFalse(rules.isEmpty(), "the seeded plan carries review findings (next year's holidays are not loaded)");
        assertEquals(rules.size(), findings.size(), "a row per finding: " + findings);
        for (int i = 0; i < rules.size(); i++) {
            assertFalse(findings.get(i).contains(rules.get(i)), "in Chinese, not the code: " + findings.get(i));
            assertTrue(findings.get(i).contains("需统筹办审核"), findings.get(i));
        }
        browser.check("plans", "detail");
        // The gateway's anonymous metrics count page views by kind; the plan's id is in none of them.
        given().baseUri(stack.gateway()).get("/q/metrics").then().statusCode(200).body(containsString("/plans/*"))
                .body(not(containsString(seeded)));

        // A window inside the demo year's no-meeting month: the API refuses the draft, the form says why.
        String draft = "浏览器旅程草稿 " + System.nanoTime();
        browser.get("/plans/new");
        fill(draft, RunningStack.YEAR, RunningStack.YEAR + "-08-03", RunningStack.YEAR + "-08-28");
        // The refused form comes back with the API's 4xx, which the browser logs as a failed load.
        browser.expectError("/plans/new - Failed to load resource: .* status of 4\\d\\d");
        browser.find("form.form button.primary").click();
        browser.await(d -> !browser.all("#windowStart-error").isEmpty());
        String error = browser.show("#windowStart-error").getText();
        assertTrue(error.contains("可安排的工作日不足"), error);
        assertEquals("true", browser.find("#windowStart").getAttribute("aria-invalid"));
        assertEquals(draft, browser.find("#title").getAttribute("value"), "what was typed is kept");
        assertEquals(0, plansTitled(stack, RunningStack.YEAR, draft), "a refused draft is not saved");
        browser.check("plans", "blackout");

        // The following year has no such month: the draft is saved, its finding shown by the field it names.
        fill(draft, RunningStack.YEAR + 1, (RunningStack.YEAR + 1) + "-03-01", (RunningStack.YEAR + 1) + "-03-31");
        browser.find("form.form button.primary").click();
        browser.await(d -> d.getCurrentUrl().contains("/edit?saved=1"));
        assertTrue(browser.text().contains("草稿已保存"));
        String note = browser.show("#windowStart-note").getText();
        assertTrue(note.contains("国家放假安排尚未发布"), note);
        assertEquals(1, plansTitled(stack, RunningStack.YEAR + 1, draft));
        browser.check("plans", "saved");

        String saved = browser.path().replaceAll("^/plans/([^/]+)/edit.*$", "$1");
        browser.get("/plans/" + saved);
        assertEquals(draft, browser.text("h1"));
        browser.find("header form button").click();
        browser.await(d -> d.getCurrentUrl().contains("/signin"));
        assertTrue(browser.text().contains("您已安全退出"));
        browser.check("plans", "signedout");
        // Back must ask the server again, which no longer knows the user: not the plan from a cache.
        browser.driver().navigate().back();
        browser.await(d -> d.getCurrentUrl().contains("/signin"));
        assertEquals("登录", browser.text("h1"));
        assertFalse(browser.text().contains(draft), "the plan is not shown after signing out");
        browser.check("plans", "back");
    }

    @Test
    void anotherDepartmentsPlanIsNotFoundAsInTheApi(RunningStack stack) {
        String coordinator = stack.stack.minter().mint("journey-coordinator", "COORDINATOR", null, null,
                DemoYear.COUNTY, Duration.ofMinutes(10));
        List<Map<String, Object>> plans = given().baseUri(stack.gateway()).auth().oauth2(coordinator)
                .get("/api/plans?year=" + RunningStack.YEAR + "&size=100").then().statusCode(200).extract()
                .jsonPath().getList("items");
        String other = plans.stream().filter(p -> !"450103-emergency".equals(p.get("department")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        api(stack, DEPARTMENT).get("/api/plans/" + other).then().statusCode(404);

        signIn("foreign");
        browser.expectError("status of 404").get("/plans/" + other);
        assertTrue(browser.text().contains("未找到该内容，或您无权查看。"), browser.text());
        String session = browser.driver().manage().getCookieNamed("grassroots_session").getValue();
        given().baseUri(stack.gateway()).redirects().follow(false).cookie("grassroots_session", session)
                .get("/plans/" + other).then().statusCode(404);
        browser.check("foreign", "plan");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing(RunningStack stack) {
        assertNull(given().baseUri(stack.gateway()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("username", DEPARTMENT)
                .formParam("password", DemoAccounts.PASSWORD).post("/signin").then().statusCode(400)
                .body(containsString("页面已失效")).extract().cookie("grassroots_session"), "not signed in");
        signIn("csrf");
        // The browser's own cookies, session and CSRF: only the form's copy of the token is missing.
        String session = browser.driver().manage().getCookieNamed("grassroots_session").getValue();
        String csrf = browser.driver().manage().getCookieNamed("grassroots_csrf").getValue();
        String title = "无令牌草稿 " + System.nanoTime();
        given().baseUri(stack.gateway()).redirects().follow(false).cookie("grassroots_session", session)
                .cookie("grassroots_csrf", csrf)
                .contentType("application/x-www-form-urlencoded").formParams(Map.of("title", title, "year",
                        String.valueOf(RunningStack.YEAR + 1), "category", "WORK_SAFETY", "kind", "INSPECTION",
                        "scope", "SPECIAL", "targets", "450103001", "windowStart", (RunningStack.YEAR + 1) + "-03-01",
                        "windowEnd", (RunningStack.YEAR + 1) + "-03-31", "onSiteDays", "1", "teamSize", "3"))
                .post("/plans/new").then().statusCode(400).body(containsString("页面已失效"));
        assertEquals(0, plansTitled(stack, RunningStack.YEAR + 1, title), "nothing was created");
        // The department's own drafts of that year, in the browser that holds the session: none by that title.
        browser.get("/plans?status=DRAFT&year=" + (RunningStack.YEAR + 1));
        assertEquals("本部门计划", browser.text("h1"));
        assertTrue(rowsWith(title).isEmpty(), "no draft " + title + ": " + browser.text("main"));
        browser.check("csrf", "nothing-created");
    }

    /** Signs in through the form, as a person would, starting without any cookie. */
    private static void signIn(String journey) {
        ConsoleSession.fill(browser, DEPARTMENT);
        browser.check(journey, "signin");
        ConsoleSession.submit(browser, DEPARTMENT);
    }

    private static void fill(String title, int year, String from, String to) {
        Map<String, String> values = Map.of("#title", title, "#year", String.valueOf(year), "#targets", "450103001",
                "#windowStart", from, "#windowEnd", to, "#onSiteDays", "1", "#teamSize", "3", "#mandate", "桂安委〔"
                        + year + "〕2号");
        // Values set as a script would: typing into a date input depends on the browser's locale.
        values.forEach((css, value) -> browser.script("arguments[0].value = arguments[1];", browser.find(css), value));
        new Select(browser.find("#category")).selectByValue("WORK_SAFETY");
    }

    private static WebElement rowOf(String title) {
        List<WebElement> rows = rowsWith(title);
        assertEquals(1, rows.size(), "one row for " + title);
        return rows.get(0);
    }

    private static List<WebElement> rowsWith(String title) {
        return browser.all("#plan-results tbody tr").stream().filter(r -> r.getText().contains(title)).toList();
    }

    private static List<String> badges() {
        return browser.all("#plan-results tbody .badge").stream().map(WebElement::getText).toList();
    }

    private static io.restassured.specification.RequestSpecification api(RunningStack stack, String user) {
        return ConsoleSession.api(stack, user);
    }

    private static int plansTitled(RunningStack stack, int year, String title) {
        return (int) api(stack, DEPARTMENT).get("/api/plans?status=DRAFT&size=100&year=" + year).then()
                .statusCode(200).extract().jsonPath()
                .getList("items.title").stream().filter(title::equals).count();
    }
}
