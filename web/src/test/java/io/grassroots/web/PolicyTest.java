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

/** The policy editor and the official calendar: what is in force, what is set here, and refusals next to inputs. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class PolicyTest {
    @Test
    void thePageShowsWhatIsInForceAndFillsTheFormWithWhatWasSetHere() {
        String html = Browser.signedIn("coordinator-1").get("/policy?year=2027").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("<th scope=\"row\">检查组人数</th>\n        <td data-in-force=\"severity\">不能报送</td>\n"
                + "        <td data-in-force=\"parameter\">4 人</td>"), html);
        assertTrue(html.contains("<td data-in-force=\"parameter\">50%</td>"), "a cut as a percentage: " + html);
        assertTrue(html.contains("<option value=\"BLOCK\" selected>不能报送</option>"), "NOTICE set here: " + html);
        assertTrue(html.contains("name=\"rules.NOTICE.workingDays\" type=\"text\" inputmode=\"decimal\" size=\"6\" "
                + "value=\"12\""), html);
        assertTrue(html.contains("id=\"quotas[0].cut\" name=\"quotas[0].cut\" type=\"text\" inputmode=\"decimal\" "
                + "value=\"60\""), html);
        assertTrue(html.contains("<td>450102-emergency</td><td class=\"num\">10</td><td class=\"num\">60%</td>"
                + "<td class=\"num\">4</td>"), html);
        assertTrue(html.contains("春节前后（省）"), "blackouts from above are in force too: " + html);
        assertTrue(html.contains("name=\"blackouts[2].from\""), "two blank rows after the one set: " + html);
    }

    @Test
    void savingSendsTheDocumentWithBlankRowsDroppedAndCutsAsShares() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/policy?year=2027");
        browser.form("/policy", "year", "2027", "rules.TEAM_SIZE.severity", "", "rules.TEAM_SIZE.max", "3",
                "rules.DUPLICATE_PLAN.severity", "BLOCK", "rules.ANNUAL_QUOTA.cut", "55",
                "quotas[0].department", "", "quotas[0].baseline", "", "quotas[1].department", "450102-fire",
                "quotas[1].baseline", "8", "blackouts[0].from", "2027-08-01", "blackouts[0].to", "2027-08-31",
                "blackouts[0].reason", "无会月").then().statusCode(303)
                .header("Location", containsString("/policy?year=2027&saved=1"));
        var put = StubGateway.REQUESTS.stream().filter(r -> r.method().equals("PUT")
                && r.uri().equals("/api/policy/450102/2027")).reduce((a, b) -> b).orElseThrow();
        assertEquals("{\"rules\":{\"ANNUAL_QUOTA\":{\"cut\":0.55},\"TEAM_SIZE\":{\"max\":3},"
                + "\"DUPLICATE_PLAN\":{\"severity\":\"BLOCK\"}},\"quotas\":[{\"department\":\"450102-fire\","
                + "\"baseline\":8}],\"blackouts\":[{\"from\":\"2027-08-01\",\"to\":\"2027-08-31\",\"reason\":\"无会月\"}]}",
                put.body());
    }

    @Test
    void aRelaxedCapAndABlackoutOutsideTheYearShowNextToTheirInputs() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/policy?year=2027");
        String html = browser.form("/policy", "year", "2027", "rules.TEAM_SIZE.max", "8", "blackouts[0].from",
                "2027-08-01", "blackouts[0].to", "2027-08-02", "blackouts[1].from", "2028-01-01", "blackouts[1].to",
                "2028-01-02").then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"rules.TEAM_SIZE.max-error\">规则“检查组人数”的上限不能比上级地区的规定更宽松（只能从严）"),
                html);
        assertTrue(html.contains("id=\"blackouts[1].from-error\">禁止检查时段第 2 项须在计划年度之内"), html);
        assertTrue(html.contains("value=\"2028-01-01\""), "what was typed stays: " + html);
    }

    @Test
    void aNumberThatIsNotOneIsRefusedBeforeAnythingIsSent() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/policy?year=2027");
        long puts = StubGateway.REQUESTS.stream().filter(r -> r.method().equals("PUT")).count();
        String html = browser.form("/policy", "year", "2027", "rules.TEAM_SIZE.max", "3.5", "quotas[0].department",
                "x", "quotas[0].baseline", "99999999999999999999", "rules.CALENDAR.severity", "NONE").then()
                .statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"rules.TEAM_SIZE.max-error\">须为整数"), html);
        assertTrue(html.contains("id=\"quotas[0].baseline-error\">须为整数"), html);
        assertTrue(html.contains("id=\"rules.CALENDAR.severity-error\">取值无效"), html);
        assertEquals(puts, StubGateway.REQUESTS.stream().filter(r -> r.method().equals("PUT")).count());
    }

    @Test
    void anAuditorAndADepartmentReadWhatIsInForceWithoutAForm() {
        Browser auditor = Browser.opened().cookie(Browser.SESSION, StubGateway.token("auditor-1", "AUDITOR"));
        auditor.get("/policy?year=2027").then().statusCode(200)
                .body(containsString("data-in-force=\"parameter\">4 人"))
                .body(not(containsString("保存本地区规则")))
                .body(not(containsString("name=\"rules.TEAM_SIZE.max\"")));
        Browser.signedIn("dept-1").get("/policy?year=2027").then().statusCode(200)
                .body(not(containsString("保存本地区规则")));
    }

    @Test
    void theOfficialCalendarIsShownAndOnlyAProvinceCoordinatorMayLoadIt() {
        Browser.signedIn("coordinator-1").get("/policy/calendar?year=2027").then().statusCode(200)
                .body(containsString("<td>2027-10-01</td><td>国庆节</td>"))
                .body(containsString("调休上班日：2027-09-26"))
                .body(not(containsString("载入放假安排")));
        Browser province = Browser.opened().cookie(Browser.SESSION, StubGateway.coordinatorOf("prov-1", "45"));
        province.get("/policy/calendar?year=2027").then().statusCode(200).body(containsString("载入放假安排"));
        province.form("/policy/calendar", "year", "2027", "holidays", "2027-01-01 元旦\n\n2027-10-01 国庆节",
                "workdays", "2027-09-26", "source", "国办发明电").then().statusCode(303)
                .header("Location", containsString("loaded=1"));
        var put = StubGateway.REQUESTS.stream().filter(r -> r.method().equals("PUT")
                && r.uri().equals("/api/calendar/2027")).reduce((a, b) -> b).orElseThrow();
        assertEquals("{\"holidays\":[{\"date\":\"2027-01-01\",\"name\":\"元旦\"},{\"date\":\"2027-10-01\","
                + "\"name\":\"国庆节\"}],\"workdays\":[\"2027-09-26\"],\"source\":\"国办发明电\"}",
                put.body().replace("\"name\":\"元旦\",\"date\":\"2027-01-01\"", "\"date\":\"2027-01-01\",\"name\":\"元旦\"")
                        .replace("\"name\":\"国庆节\",\"date\":\"2027-10-01\"",
                                "\"date\":\"2027-10-01\",\"name\":\"国庆节\""));
    }

    @Test
    void aBadCalendarLineIsNamedLocallyAndAnApiRefusalNextToItsBox() {
        Browser province = Browser.opened().cookie(Browser.SESSION, StubGateway.coordinatorOf("prov-1", "45"));
        province.get("/policy/calendar?year=2027");
        province.form("/policy/calendar", "year", "2027", "holidays", "元旦 2027-01-01", "source", "x").then()
                .statusCode(400).body(containsString("id=\"holidays-error\">第 1 行应为“日期 名称”"));
        province.form("/policy/calendar", "year", "2027", "holidays", "2027-01-01 元旦\n2028-01-01 元旦",
                "source", "x").then().statusCode(400)
                .body(containsString("id=\"holidays-error\">放假日期第 2 行的日期须在计划年度之内"));
    }
}
