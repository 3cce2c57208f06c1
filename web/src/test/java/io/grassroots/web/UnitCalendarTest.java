package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.grassroots.web.support.UnitStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The unit's year as a month calendar of visits: the data for FullCalendar, the list by month, the burden chart. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class UnitCalendarTest {
    private static final Pattern BUNDLE = Pattern.compile("src=\"(/static/bundle/[^\"]*calendar[^\"]*\\.js)\"");

    @Test
    void theYearsVisitsAreRenderedUnderTheirMonthAndGivenToTheCalendar() {
        Browser unit = Browser.signedIn("unit-minsheng");
        String html = unit.get("/unit/calendar?year=2027").then().statusCode(200).extract().asString();
        assertTrue(html.contains("data-visit-count=\"2\""), html);
        String april = html.substring(html.indexOf("id=\"month-4\""), html.indexOf("id=\"month-5\""));
        assertTrue(april.contains("data-visit=\"" + UnitStub.DONE_VISIT + "\" data-status=\"COMPLETED\""), april);
        assertTrue(april.contains("2027-04-12、2027-04-13：联合检查：2027年春季安全生产检查；2027年春季消防安全检查"), april);
        assertTrue(april.contains("450102-emergency、450102-fire，检查组 5 人"), april);
        assertTrue(april.contains("href=\"/unit/feedback?visit=" + UnitStub.DONE_VISIT + "\""), april);
        String may = html.substring(html.indexOf("id=\"month-5\""), html.indexOf("id=\"month-6\""));
        assertTrue(may.contains("已排期</span>") && may.contains("2027年食品安全检查") && !may.contains("评价"), may);
        // FullCalendar's events, in the data attribute (HTML-escaped JSON): all-day, end exclusive, April opened.
        String data = html.substring(html.indexOf("data-visits=\""), html.indexOf("data-fallback"));
        assertTrue(data.contains("&quot;initialDate&quot;:&quot;2027-04-01&quot;"), data);
        assertTrue(data.contains("&quot;start&quot;:&quot;2027-04-12&quot;,&quot;end&quot;:&quot;2027-04-14&quot;"),
                data);
        assertTrue(data.contains("&quot;status&quot;:&quot;PLANNED&quot;"), data);
        assertTrue(html.contains("href=\"/unit/calendar?year=2026\"")
                && html.contains("href=\"/unit/calendar?year=2028\""));
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/units/450102001/calendar"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(call.uri().endsWith("?year=2027") && call.authorization().equals("Bearer "
                + unit.cookie(Browser.SESSION)), call.uri());
    }

    @Test
    void theCalendarScriptIsLoadedOnThisPageOnlyAndBundlesTheChineseLocale() {
        Browser unit = Browser.signedIn("unit-minsheng");
        String html = unit.get("/unit/calendar?year=2027").then().statusCode(200).extract().asString();
        Matcher script = BUNDLE.matcher(html);
        assertTrue(script.find(), html);
        String js = unit.get(script.group(1)).then().statusCode(200).extract().asString();
        assertTrue(js.contains("zh-cn") && js.contains("listMonth") && js.contains("dayGridMonth"), "bundle");
        assertFalse(BUNDLE.matcher(unit.get("/").asString()).find(), "the home page does not load FullCalendar");
        assertFalse(BUNDLE.matcher(unit.get("/unit/tasks").asString()).find());
    }

    @Test
    void theMonthlyBurdenIsChartedFromTheLedger() {
        String html = Browser.signedIn("unit-minsheng").get("/unit/calendar?year=2027").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("id=\"burden-chart\""), html);
        assertTrue(html.contains("&quot;names&quot;:[&quot;1月&quot;,&quot;4月&quot;,&quot;5月&quot;]"), html);
        assertTrue(html.contains("&quot;values&quot;:[0.0,8.5,4.0]"), html);
        assertTrue(html.contains("<td>4 月</td><td class=\"num\">1</td><td class=\"num\">2</td>"), html);
    }

    @Test
    void aYearWithoutVisitsSaysSoAndOnlyAUnitSeesThePage() {
        Browser.signedIn("unit-minsheng").get("/unit/calendar?year=2025").then().statusCode(200)
                .body(containsString("data-visit-count=\"0\"")).body(containsString("本月没有检查安排"));
        Browser.signedIn("emergency-xingning").get("/unit/calendar").then().statusCode(403);
        Browser.signedIn("unit-minsheng").get("/").then().statusCode(200)
                .body(containsString("<a href=\"/unit/calendar\">受检日历</a>"))
                .body(containsString("<a href=\"/unit/tasks\">数据填报任务</a>"));
    }
}
