package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.AccountStub;
import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A coordinator's accounts: the list filtered and paged through the gateway, opening an account (its
 * problems next to the inputs), disabling, enabling and resetting with the form's token, another
 * region's account as the gateway's 404, other roles kept out, and a revoked session ended at once.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class AccountsTest {
    private static final String COORDINATOR = "coord-xingning";

    private static StubGateway.Recorded last(String prefix) {
        return StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith(prefix)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the API was not asked for " + prefix));
    }

    private static long calls(String uri) {
        return StubGateway.REQUESTS.stream().filter(r -> r.uri().equals(uri)).count();
    }

    @Test
    void theListAsksTheGatewayWithTheFilterThePageAndTheCoordinatorsToken() {
        Browser browser = Browser.signedIn(COORDINATOR);
        browser.get("/").then().body(containsString("href=\"/accounts\" id=\"card-accounts\""));
        browser.get("/accounts?role=DEPARTMENT&status=DISABLED&q=fire&page=1").then().statusCode(200)
                .body(containsString("账号管理")).body(containsString("acct-page2"))
                .body(containsString("共 45 个账号")).body(containsString("第 2 / 3 页"))
                .body(containsString("<span class=\"badge DISABLED\">已停用</span>"))
                .body(containsString("href=\"/accounts?role=DEPARTMENT&amp;status=DISABLED&amp;q=fire&amp;page=2\""))
                .body(containsString("href=\"/accounts?role=DEPARTMENT&amp;status=DISABLED&amp;q=fire\""))
                .body(containsString("<option value=\"DEPARTMENT\" selected>业务部门</option>"));
        var call = last("/api/admin/accounts?");
        assertEquals("/api/admin/accounts?role=DEPARTMENT&status=DISABLED&q=fire&page=1&size=20", call.uri());
        assertEquals("Bearer " + browser.cookie(Browser.SESSION), call.authorization());
    }

    @Test
    void anUnknownRoleOrStatusIsNotSentOnAndAnHtmxRequestGetsTheResultsOnly() {
        Browser browser = Browser.signedIn(COORDINATOR);
        browser.get("/accounts?role=MAYOR&status=GONE").then().statusCode(200);
        assertEquals("/api/admin/accounts?page=0&size=20", last("/api/admin/accounts?").uri());
        browser.request().header("HX-Request", "true").get("/accounts?q=nobody").then().statusCode(200)
                .body(containsString("没有符合条件的账号")).body(not(containsString("<html")))
                .body(not(containsString("<form")));
        String html = browser.get("/accounts?q=" + "x".repeat(65)).then().statusCode(400).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"q-error\">搜索内容不能超过 64 个字符</p>"), html);
        assertEquals("/api/admin/accounts?page=0&size=20", last("/api/admin/accounts?").uri(), "not sent on");
    }

    @Test
    void aCoordinatorOpensAnAccountAndTheUnusedBoxesAreNotSent() {
        Browser browser = Browser.signedIn(COORDINATOR);
        browser.get("/accounts/new").then().statusCode(200).body(containsString("id=\"account-form\""))
                .body(containsString("id=\"region\" name=\"region\" type=\"text\" inputmode=\"numeric\" required "
                        + "maxlength=\"12\" value=\"450102\""));
        browser.form("/accounts/new", "username", "market-xingning", "role", "DEPARTMENT", "region", "450102",
                "dept", "450102-market", "unit", "450102001", "password", "at-least-12-chars", "confirmPassword",
                "at-least-12-chars").then().statusCode(303)
                .header("Location", containsString("/accounts/market-xingning?done=created"));
        var sent = last("/api/admin/accounts");
        assertEquals("POST", sent.method());
        assertTrue(sent.body().contains("\"dept\":\"450102-market\""), sent.body());
        assertTrue(sent.body().contains("\"unit\":null"), "a department's account carries no unit: " + sent.body());
        browser.get("/accounts/market-xingning?done=created").then().statusCode(200)
                .body(containsString("账号已创建"));
    }

    @Test
    void theGatewaysProblemsShowNextToTheirInputsAndAMismatchIsNotSent() {
        Browser browser = Browser.signedIn(COORDINATOR);
        browser.get("/accounts/new");
        String noDept = browser.form("/accounts/new", "username", "market-xingning", "role", "DEPARTMENT", "region",
                "450102", "dept", "", "password", "at-least-12-chars", "confirmPassword", "at-least-12-chars").then()
                .statusCode(400).extract().asString();
        assertTrue(noDept.contains("<p class=\"error\" id=\"dept-error\">所属部门为必填项</p>"), noDept);
        assertTrue(noDept.contains("value=\"market-xingning\""), "what was typed stays");
        assertTrue(!noDept.contains("at-least-12-chars"), "passwords are not written back");
        String outside = browser.form("/accounts/new", "username", "auditor-x", "role", "AUDITOR", "region", "450103",
                "password", "at-least-12-chars", "confirmPassword", "at-least-12-chars").then().statusCode(400)
                .extract().asString();
        assertTrue(outside.contains("<p class=\"error\" id=\"region-error\">地区不在本辖区内</p>"), outside);
        browser.form("/accounts/new", "username", AccountStub.TAKEN, "role", "AUDITOR", "region", "450102",
                "password", "at-least-12-chars", "confirmPassword", "at-least-12-chars").then().statusCode(409)
                .body(containsString("<p class=\"error\" id=\"username-error\">该用户名已被使用，请换一个</p>"));
        long before = calls("/api/admin/accounts");
        browser.form("/accounts/new", "username", "typo-user", "role", "AUDITOR", "region", "450102", "password",
                "at-least-12-chars", "confirmPassword", "at-least-12-charz").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"confirmPassword-error\">两次输入的密码不一致</p>"));
        assertEquals(before, calls("/api/admin/accounts"), "a mismatch never reaches the gateway");
    }

    @Test
    void disablingAndEnablingPostWithTheFormsTokenAndAskFirst() {
        Browser browser = Browser.signedIn(COORDINATOR);
        browser.get("/accounts/fire-xingning").then().statusCode(200).body(containsString("id=\"disable-form\""))
                .body(containsString("data-confirm=\"确定停用账号 fire-xingning 吗？"))
                .body(containsString("<span class=\"badge ACTIVE\">正常</span>"));
        long before = calls("/api/admin/accounts/fire-xingning/disable");
        browser.request().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/accounts/fire-xingning/disable").then().statusCode(400);
        assertEquals(before, calls("/api/admin/accounts/fire-xingning/disable"), "without the token nothing is sent");
        browser.form("/accounts/fire-xingning/disable").then().statusCode(303)
                .header("Location", containsString("/accounts/fire-xingning?done=disabled"));
        var sent = last("/api/admin/accounts/fire-xingning/disable");
        assertEquals("POST", sent.method());
        assertEquals("Bearer " + browser.cookie(Browser.SESSION), sent.authorization());

        browser.get("/accounts/" + AccountStub.DISABLED).then().statusCode(200)
                .body(containsString("id=\"enable-form\"")).body(not(containsString("id=\"disable-form\"")));
        browser.form("/accounts/" + AccountStub.DISABLED + "/enable").then().statusCode(303)
                .header("Location", containsString("?done=enabled"));
        assertEquals("POST", last("/api/admin/accounts/" + AccountStub.DISABLED + "/enable").method());
    }

    @Test
    void aCoordinatorIsNotOfferedToDisableItselfAndTheGatewaysRefusalIsSaid() {
        Browser browser = Browser.signedIn(COORDINATOR);
        browser.get("/accounts/" + COORDINATOR).then().statusCode(200).body(containsString("id=\"self-hint\""))
                .body(not(containsString("id=\"disable-form\"")));
        browser.form("/accounts/" + COORDINATOR + "/disable").then().statusCode(409)
                .body(containsString("不能停用自己的账号"));
    }

    @Test
    void aResetShowsTheRuleNextToItsInputAndAMismatchIsNotSent() {
        Browser browser = Browser.signedIn(COORDINATOR);
        browser.get("/accounts/fire-xingning");
        String shortOne = browser.form("/accounts/fire-xingning/password", "password", "tiny", "confirmPassword",
                "tiny").then().statusCode(400).extract().asString();
        assertTrue(shortOne.contains("<p class=\"error\" id=\"password-error\">密码太短（密码至少 12 个字符）</p>"),
                shortOne);
        long before = calls("/api/admin/accounts/fire-xingning/password");
        browser.form("/accounts/fire-xingning/password", "password", "a-long-password-1", "confirmPassword",
                "a-long-password-2").then().statusCode(400).body(containsString("id=\"confirmPassword-error\""));
        assertEquals(before, calls("/api/admin/accounts/fire-xingning/password"));
        browser.form("/accounts/fire-xingning/password", "password", "a-long-password-1", "confirmPassword",
                "a-long-password-1").then().statusCode(303).header("Location", containsString("?done=reset"));
        assertEquals("PUT", last("/api/admin/accounts/fire-xingning/password").method());
    }

    @Test
    void anotherRegionsAccountIsTheGatewaysNotFound() {
        Browser browser = Browser.signedIn(COORDINATOR);
        browser.get("/accounts/" + AccountStub.FOREIGN).then().statusCode(404).body(containsString("未找到该内容，或您无权查看"));
        browser.get("/accounts");
        browser.form("/accounts/" + AccountStub.FOREIGN + "/disable").then().statusCode(404);
        browser.form("/accounts/" + AccountStub.FOREIGN + "/password", "password", "a-long-password-1",
                "confirmPassword", "a-long-password-1").then().statusCode(404);
        long before = StubGateway.REQUESTS.size();
        browser.get("/accounts/NOT%20A%20NAME").then().statusCode(404);
        assertEquals(before, StubGateway.REQUESTS.size(), "a name that cannot be one never reaches the gateway");
    }

    @Test
    void otherRolesAreKeptOutOfTheAccountPages() {
        Browser department = Browser.signedIn("emergency-xingning");
        department.get("/").then().body(not(containsString("card-accounts")));
        for (String page : new String[] { "/accounts", "/accounts/new", "/accounts/fire-xingning" }) {
            department.get(page).then().statusCode(403).body(containsString("您的角色不能查看此页面"));
        }
        long before = calls("/api/admin/accounts/fire-xingning/disable");
        department.form("/accounts/fire-xingning/disable").then().statusCode(403);
        assertEquals(before, calls("/api/admin/accounts/fire-xingning/disable"));
        Browser.opened().cookie(Browser.SESSION, StubGateway.token("auditor-45", "AUDITOR")).get("/accounts").then()
                .statusCode(403);
    }

    @Test
    void aDisabledCoordinatorsSessionEndsAtOnceOnTheAccountPages() {
        // The stub answers 401 for this user, as the gateway does once the account is disabled.
        Browser browser = Browser.opened().cookie(Browser.SESSION,
                StubGateway.coordinatorOf(StubGateway.REVOKED_USER, "450102"));
        browser.get("/accounts?page=1").then().statusCode(303)
                .header("Location", containsString("/signin?m=revoked"));
        assertNull(browser.cookie(Browser.SESSION), "the cookie is cleared");
        Browser posting = Browser.opened().cookie(Browser.SESSION,
                StubGateway.coordinatorOf(StubGateway.REVOKED_USER, "450102"));
        posting.form("/accounts/fire-xingning/disable").then().statusCode(303)
                .header("Location", endsWith("/signin?m=revoked"));
        assertNull(posting.cookie(Browser.SESSION));
        Browser htmx = Browser.opened().cookie(Browser.SESSION,
                StubGateway.coordinatorOf(StubGateway.REVOKED_USER, "450102"));
        htmx.request().header("HX-Request", "true").get("/accounts?role=UNIT").then().statusCode(204)
                .header("HX-Redirect", equalTo("/signin?m=revoked"));
    }
}
