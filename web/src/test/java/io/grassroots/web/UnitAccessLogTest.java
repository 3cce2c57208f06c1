package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.grassroots.web.support.UnitStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The unit's access log: reads and refused attempts, in Chinese, paged. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class UnitAccessLogTest {

    @Test
    void readsAndDenialsAreListedWithWhoWhenAndWhy() {
        String html = Browser.signedIn("unit-minsheng").get("/unit/access-log").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("<tr data-outcome=\"DENIED\" class=\"denied\">"), html);
        assertTrue(html.contains("已拒绝</span>") && html.contains("<td>兴宁区市场监督管理局<br><span class=\"hint\">"
                + "450102-market</span></td><td>market-xingning</td>"), html);
        assertTrue(html.contains("该指标未授权给此部门"), html);
        assertTrue(html.contains("<td>2027-04-03 09:30</td>"), html);
        assertTrue(html.contains("数据申请 <code>" + UnitStub.REQUEST + "</code>"), html);
        assertTrue(html.contains("href=\"/unit/feedback?request=" + UnitStub.REQUEST + "\""), html);
        assertTrue(
                html.contains("共 61 条，第 1 / 3 页") && html.contains("id=\"log-next\" href=\"/unit/access-log?page=1\""),
                html);
    }

    @Test
    void departmentsAreNamedFromTheDirectoryAndOneItDoesNotKnowByItsCode() {
        Browser unit = Browser.signedIn("unit-minsheng");
        String html = unit.get("/unit/access-log").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<td>兴宁区应急管理局<br><span class=\"hint\">450102-emergency</span></td>"), html);
        assertTrue(html.contains("<td>" + UnitStub.UNKNOWN_DEPARTMENT + "</td><td>water-xingning</td>"), html);
        assertTrue(html.contains("直接查阅"), html);
        // Names are kept for a while: the next view asks the directory nothing.
        long asked = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/departments/")).count();
        unit.get("/unit/access-log?page=1").then().statusCode(200).body(containsString("兴宁区市场监督管理局"));
        assertEquals(asked, StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/departments/")).count());
    }

    @Test
    void aLaterPageIsAskedForWithThePageSize() {
        String html = Browser.signedIn("unit-minsheng").get("/unit/access-log?page=2").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("第 3 / 3 页") && html.contains("id=\"log-prev\" href=\"/unit/access-log?page=1\"")
                && !html.contains("id=\"log-next\""), html);
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().contains("/access-log")).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals("/api/units/450102001/access-log?page=2&size=30", call.uri());
    }

    @Test
    void aBadPageNumberIsDroppedAndOtherRolesMayNotSeeIt() {
        Browser.signedIn("unit-minsheng").get("/unit/access-log?page=x").then().statusCode(200);
        Browser.signedIn("coordinator-1").get("/unit/access-log").then().statusCode(403);
    }
}
