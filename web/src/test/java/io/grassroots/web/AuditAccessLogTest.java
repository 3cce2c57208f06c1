package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.grassroots.web.support.UnitStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** An auditor's read-only view of a unit's access log: a unit of its region picked, its reads and denials, paged. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class AuditAccessLogTest {
    private static StubGateway.Recorded lastLogCall() {
        return StubGateway.REQUESTS.stream().filter(r -> r.uri().contains("/access-log")).reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void anAuditorSeesReadsAndDenialsOfAUnitOfItsRegion() {
        Browser auditor = Browser.signedIn("auditor-xingning");
        String html = auditor.get("/access-log?unit=" + UnitStub.UNIT).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<h2 id=\"log-unit\">民生街道（450102001）</h2>"), html);
        assertTrue(html.contains("<tr data-outcome=\"DENIED\" class=\"denied\">") && html.contains("已拒绝</span>"), html);
        assertTrue(html.contains("该指标未授权给此部门"), html);
        assertTrue(html.contains("<tr data-outcome=\"READ\">") && html.contains("数据申请 <code>" + UnitStub.REQUEST
                + "</code>"), html);
        assertTrue(html.contains("<td>兴宁区市场监督管理局<br><span class=\"hint\">450102-market</span></td>"), html);
        assertTrue(html.contains("共 61 条，第 1 / 3 页")
                && html.contains("href=\"/access-log?unit=450102001&amp;page=1\" id=\"log-next\""), html);
        // Read-only: no rating link (that is the unit's), no form that changes anything.
        assertFalse(html.contains("/unit/feedback"), html);
        var posts = java.util.regex.Pattern.compile("<form[^>]*method=\"post\"[^>]*>").matcher(html);
        while (posts.find()) {
            assertTrue(posts.group().contains("action=\"/signout\""), "only signing out posts: " + posts.group());
        }
        var call = lastLogCall();
        assertEquals("/api/units/450102001/access-log?page=0&size=30", call.uri());
        assertEquals("Bearer " + auditor.cookie(Browser.SESSION), call.authorization());
    }

    @Test
    void aLaterPageKeepsTheUnit() {
        String html = Browser.signedIn("auditor-xingning").get("/access-log?unit=450102001&page=2").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("第 3 / 3 页") && html.contains("href=\"/access-log?unit=450102001&amp;page=1\" "
                + "id=\"log-prev\"") && !html.contains("id=\"log-next\""), html);
        assertEquals("/api/units/450102001/access-log?page=2&size=30", lastLogCall().uri());
    }

    @Test
    void theUnitIsPickedFromTheRegionsTownshipsAndTheHomePageLeadsHere() {
        Browser auditor = Browser.signedIn("auditor-xingning");
        auditor.get("/").then().statusCode(200).body(containsString("<a href=\"/access-log\" id=\"card-access-log\">"));
        String html = auditor.get("/access-log").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<label for=\"unit\">") && html.contains("list=\"unit-choices\""), html);
        assertTrue(html.contains("<option value=\"450102001\">民生街道</option>")
                && html.contains("<option value=\"450102002\">朝阳街道</option>"), html);
        assertTrue(html.contains("id=\"log-pick\"") && !html.contains("id=\"access-log\""), html);
        var directory = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/units?"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("/api/units?under=450102&level=TOWNSHIP&size=200", directory.uri());
    }

    @Test
    void anAuditorOfAnotherRegionGetsTheApisRefusal() {
        Browser other = Browser.opened().cookie(Browser.SESSION, StubGateway.auditorOf("auditor-qingxiu", "450103"));
        String html = other.get("/access-log?unit=" + UnitStub.UNIT).then().statusCode(404).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"unit-error\">该单位不存在，或不在您的辖区内</p>"), html);
        assertFalse(html.contains("id=\"access-log\"") || html.contains("SAFETY_INCIDENTS"), html);
        // The platform decided: the console asked it with this auditor's token.
        assertEquals("Bearer " + other.cookie(Browser.SESSION), lastLogCall().authorization());
    }

    @Test
    void aCodeThatIsNoUnitsIsRefusedBeforeTheApi() {
        long before = StubGateway.REQUESTS.stream().filter(r -> r.uri().contains("/access-log")).count();
        Browser.signedIn("auditor-xingning").get("/access-log?unit=../plans").then().statusCode(400)
                .body(containsString("单位代码应为 9 位或 12 位数字"));
        assertEquals(before, StubGateway.REQUESTS.stream().filter(r -> r.uri().contains("/access-log")).count());
    }

    @Test
    void otherRolesMayNotSeeIt() {
        Browser.signedIn("emergency-xingning").get("/access-log?unit=" + UnitStub.UNIT).then().statusCode(403)
                .body(containsString("您的角色不能查看此页面"));
        Browser.signedIn("coordinator-1").get("/access-log").then().statusCode(403);
        Browser.signedIn("unit-minsheng").get("/access-log?unit=" + UnitStub.UNIT).then().statusCode(403);
        Browser.opened().get("/access-log").then().statusCode(303);
    }
}
