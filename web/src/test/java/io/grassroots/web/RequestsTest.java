package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.LedgerStub;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Data requests: the list filtered and paged through the API, filing one (and its problems next to
 * the inputs), a request's fields answered from shared data or waiting on a unit's task, and who may
 * see what.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class RequestsTest {

    private static StubGateway.Recorded last(String prefix) {
        return StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith(prefix)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the API was not asked for " + prefix));
    }

    static Browser auditor() {
        return Browser.opened().cookie(Browser.SESSION, StubGateway.token("auditor-45", "AUDITOR"));
    }

    @Test
    void theListAsksTheApiWithTheFilterAndTheUsersToken() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/data-requests?period=2025&status=OPEN&page=1&department=450102-fire").then().statusCode(200)
                .body(containsString("本部门数据申请")).body(containsString("第2页的申请"))
                .body(containsString("共 41 项")).body(containsString("第 2 / 3 页")).body(containsString("等待单位填报"))
                .body(containsString("href=\"/data-requests?period=2025&amp;status=OPEN&amp;page=2\""))
                .body(containsString("id=\"new-request\""));
        var call = last("/api/data-requests?");
        // A department's list is its own: the department filter is not sent on for it.
        assertEquals("/api/data-requests?period=2025&status=OPEN&page=1&size=20", call.uri());
        assertEquals("Bearer " + browser.cookie(Browser.SESSION), call.authorization());
    }

    @Test
    void aCoordinatorFiltersByDepartmentAndAnUnknownStatusIsNotSentOn() {
        Browser.signedIn("coord-xingning").get("/data-requests?department=450102-fire&status=CLOSED").then()
                .statusCode(200).body(containsString("辖区数据申请")).body(containsString("450102-emergency"))
                .body(not(containsString("id=\"new-request\"")));
        assertEquals("/api/data-requests?department=450102-fire&page=0&size=20", last("/api/data-requests?").uri());
    }

    @Test
    void aBadPeriodIsExplainedNextToItsInputAndNotSentOn() {
        String html = Browser.signedIn("emergency-xingning").get("/data-requests?period=2025-13").then()
                .statusCode(400).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"period-error\">数据期间格式不正确"), html);
        assertTrue(html.contains("value=\"2025-13\""), "what was typed stays in the input");
        assertEquals("/api/data-requests?page=0&size=20", last("/api/data-requests?").uri());
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsAndABadPeriodReloadsThePage() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.request().header("HX-Request", "true").get("/data-requests?status=ANSWERED").then().statusCode(200)
                .body(containsString("第1页的申请")).body(not(containsString("<html")))
                .body(not(containsString("<form")));
        browser.request().header("HX-Request", "true").get("/data-requests?period=bad").then().statusCode(204)
                .header("HX-Redirect", equalTo("/data-requests?period=bad"));
    }

    @Test
    void theFormOffersTheCatalogAndTheRegionsTownshipsAndFilingRedirectsToTheRequest() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/data-requests/new").then().statusCode(200)
                .body(containsString("value=\"POPULATION\"")).body(containsString("户籍人口"))
                .body(containsString("内部，需授权")).body(containsString("民生街道"))
                .body(containsString("name=\"csrf-token\""));
        assertTrue(last("/api/units?").uri().contains("under=450102"), last("/api/units?").uri());
        browser.form("/data-requests/new", "title", "2025年安全生产基本情况", "indicators", "POPULATION",
                "indicators", "SAFETY_INCIDENTS", "units", "450102001", "moreUnits", "450102002\n450102001",
                "period", "2025", "dueDate", "2026-05-29").then().statusCode(303)
                .header("Location", containsString("/data-requests/" + LedgerStub.REQUEST + "?filed=1"));
        String sent = StubGateway.REQUESTS.stream().filter(r -> r.method().equals("POST")
                && r.uri().equals("/api/data-requests")).reduce((a, b) -> b).orElseThrow().body();
        assertTrue(sent.contains("\"indicators\":[\"POPULATION\",\"SAFETY_INCIDENTS\"]"), sent);
        // Ticked and typed units are sent once each, ticked first.
        assertTrue(sent.contains("\"units\":[\"450102001\",\"450102002\"]"), sent);
        assertTrue(sent.contains("\"period\":\"2025\"") && sent.contains("\"dueDate\":\"2026-05-29\""), sent);
        browser.get("/data-requests/" + LedgerStub.REQUEST + "?filed=1").then().statusCode(200)
                .body(containsString("数据申请已提交：2 个字段由共享数据直接答复，0 个字段并入单位已有的填报任务，2 个字段向单位下发填报任务"));
    }

    @Test
    void aRefusedRequestShowsEachProblemNextToItsInputAndKeepsWhatWasTyped() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/data-requests/new");
        String html = browser.form("/data-requests/new", "title", "太急的申请", "indicators", "POPULATION",
                "units", "450102002", "moreUnits", "999", "period", "2025", "dueDate", "2026-03-05").then()
                .statusCode(400).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"dueDate-error\">通知时间不足（默认须提前 10 个工作日）</p>"), html);
        assertTrue(html.contains("<p class=\"error\" id=\"units-error\">填报单位第 3 项不存在</p>"), html);
        assertTrue(html.contains("aria-describedby=\"dueDate-error\""), html);
        assertTrue(html.contains("提交的内容有误"), html);
        assertTrue(html.contains("value=\"太急的申请\"") && html.contains(">999</textarea>"), html);
        assertTrue(Pattern.compile("value=\"POPULATION\" checked").matcher(html).find(), html);
        assertTrue(Pattern.compile("value=\"450102002\" checked").matcher(html).find(), html);
        assertTrue(!Pattern.compile("value=\"450102001\" checked").matcher(html).find(), html);
    }

    @Test
    void aRequestShowsWhichFieldsSharedDataAnsweredAndWhichBecameTasks() {
        String html = Browser.signedIn("emergency-xingning").get("/data-requests/" + LedgerStub.REQUEST).then()
                .statusCode(200).extract().asString();
        String answered = html.substring(html.indexOf("id=\"answered-fields\""), html.indexOf("id=\"task-fields\""));
        String tasks = html.substring(html.indexOf("id=\"task-fields\""));
        assertTrue(answered.contains("data-field=\"450102001|POPULATION\" data-answered-from=\"SHARED\""), answered);
        assertTrue(answered.contains("统计导入") && answered.contains("第 3 版") && answered.contains("12345"), answered);
        assertTrue(answered.contains("检查结果采集") && answered.contains("第 1 版"), answered);
        assertTrue(answered.contains("2026-01-15 10:00"), "the reported time in Beijing time: " + answered);
        assertTrue(!answered.contains("450102002"), "a pending field is not shown as answered");
        assertTrue(tasks.contains("data-task-id=\"" + LedgerStub.TASK + "\" data-unit=\"450102002\""), tasks);
        assertTrue(tasks.contains("户籍人口（POPULATION）、安全生产事故起数（SAFETY_INCIDENTS）"), tasks);
        assertTrue(!tasks.contains("data-unit=\"450102001\""), "an answered field is not shown as a task");
    }

    @Test
    void anotherDepartmentsRequestIsNotFoundAndAMalformedIdNeverReachesTheApi() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/data-requests/" + LedgerStub.FOREIGN).then().statusCode(404)
                .body(containsString("未找到该内容，或您无权查看"))
                .body(not(containsString("数据期间")));
        int before = StubGateway.REQUESTS.size();
        browser.get("/data-requests/not-an-id").then().statusCode(404);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.uri().startsWith("/api/data-requests/")));
    }

    @Test
    void anAuditorReadsTheRegionsRequestsAndIsOfferedNoForm() {
        Browser auditor = auditor();
        String list = auditor.get("/data-requests").then().statusCode(200).extract().asString();
        String detail = auditor.get("/data-requests/" + LedgerStub.REQUEST).then().statusCode(200).extract()
                .asString();
        for (String html : new String[] { list, detail }) {
            assertTrue(!html.contains("/data-requests/new"), html);
            assertEquals(1, html.split("method=\"post\"", -1).length - 1, "only the sign-out form posts: " + html);
            assertTrue(html.contains("action=\"/signout\""), html);
        }
        auditor.get("/data-requests/new").then().statusCode(403);
        auditor.form("/data-requests/new", "title", "x").then().statusCode(403);
        Browser.signedIn("coord-xingning").get("/data-requests/new").then().statusCode(403);
    }
}
