package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The coordinator's scheduling run: the last run's summary, its unmerged plan-targets paged, and a new run. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class ScheduleTest {
    @Test
    void theLastRunShowsItsFiguresAndTheFirstPageOfWhatStayedApart() {
        String html = Browser.signedIn("coordinator-1").get("/schedule?year=2027").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("data-figure=\"placed\">395 个（任何排法最多可安排 397 个）"), html);
        assertTrue(html.contains("data-figure=\"visits\">120 次（理论下限 110 次，比值 1.09）"), html);
        assertTrue(html.contains("400 次，合并后减少 280 次"), html);
        assertTrue(html.contains("2026-11-30 11:04 由 coordinator-1 执行"), "Beijing time: " + html);
        assertTrue(html.contains("该单位没有可合并的同类检查计划</a></td><td class=\"num\">55"), html);
        assertTrue(html.contains("共 60 项，第 1 / 2 页"), html);
        assertEquals(50, html.split("<tr data-unit=").length - 1, "50 a page");
        assertTrue(html.contains("href=\"/schedule?year=2027&amp;page=1#unmerged\""), html);
        assertTrue(html.contains("id=\"schedule-run\"") && html.contains("重新排程"), html);
    }

    @Test
    void filteringByReasonShowsTheRefusedWithTheirSuggestions() {
        String html = Browser.signedIn("coordinator-1").get("/schedule?year=2027&reason=UNIT_MONTHLY_CAP").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("共 5 项，第 1 / 1 页"), html);
        assertTrue(html.contains("<span class=\"badge BLOCK\">未安排</span>"), html);
        assertTrue(html.contains("建议日期 2027-05-10"), html);
        assertTrue(!html.contains("单独检查</span>"), html);
    }

    @Test
    void oddQueryValuesFallBackInsteadOfFailing() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/schedule?year=2027&page=99999999999&reason=%00x").then().statusCode(200)
                .body(containsString("共 60 项，第 1 / 2 页"));
        browser.get("/schedule?year=abc").then().statusCode(200).body(containsString("年度检查排程"));
    }

    @Test
    void aYearWithoutARunSaysSoAndOffersToStartOne() {
        Browser.signedIn("coordinator-1").get("/schedule?year=2026").then().statusCode(200)
                .body(containsString("id=\"schedule-none\">2026 年度尚未排程"))
                .body(containsString("开始排程"));
    }

    @Test
    void runningPostsToTheRegionAndRedirectsToTheSummary() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/schedule?year=2027");
        browser.form("/schedule", "year", "2027").then().statusCode(303)
                .header("Location", containsString("/schedule?year=2027&ran=1"));
        var call = StubGateway.REQUESTS.stream().filter(r -> r.method().equals("POST")
                && r.uri().startsWith("/api/schedule/")).reduce((a, b) -> b).orElseThrow();
        assertEquals("/api/schedule/450102/2027", call.uri());
        browser.get("/schedule?year=2027&ran=1").then().statusCode(200).body(containsString("排程已完成"));
    }

    @Test
    void aServiceAwayIsAMessageOnThePageNotAnErrorPage() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/schedule?year=2028");
        browser.form("/schedule", "year", "2028").then().statusCode(503)
                .body(containsString("排程未能完成：平台服务暂时不可用，请稍后再试。"))
                .body(containsString("2028 年度尚未排程"));
    }

    @Test
    void anAuditorSeesTheSummaryButCannotRun() {
        Browser auditor = Browser.opened().cookie(Browser.SESSION, StubGateway.token("auditor-1", "AUDITOR"));
        auditor.get("/schedule?year=2027").then().statusCode(200)
                .body(containsString("data-figure=\"planTargets\">400 个"))
                .body(not(containsString("id=\"schedule-run\"")));
        auditor.get("/").then().body(containsString("href=\"/schedule\""));
        auditor.get("/schedule?year=2027");
        // Only a coordinator runs: the auditor's post is refused before it reaches the platform.
        long before = StubGateway.REQUESTS.stream().filter(r -> r.method().equals("POST")).count();
        int status = auditor.form("/schedule", "year", "2027").then().extract().statusCode();
        assertTrue(status == 403 || status == 404, "refused: " + status);
        assertEquals(before, StubGateway.REQUESTS.stream().filter(r -> r.method().equals("POST")).count());
    }

    @Test
    void aDepartmentDoesNotSeeThePage() {
        int status = Browser.signedIn("dept-1").get("/schedule").then().extract().statusCode();
        assertTrue(status == 403 || status == 404, "refused: " + status);
    }
}
