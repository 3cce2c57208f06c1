package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A user's own password: a mismatch refused before anything is sent, the gateway's rules in Chinese next
 * to their input, and a change that ends the session at once with a notice on the sign-in page.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class PasswordChangeTest {
    private static final String NEW = "a-new-password-2";

    private static long calls() {
        return StubGateway.REQUESTS.stream().filter(r -> r.uri().equals("/api/auth/password")).count();
    }

    @Test
    void everyRoleFindsTheFormFromTheHeader() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/").then().statusCode(200).body(containsString("id=\"nav-password\""))
                .body(containsString("href=\"/account/password\""));
        browser.get("/account/password").then().statusCode(200).body(containsString("id=\"password-form\""))
                .body(containsString("name=\"csrf-token\"")).body(containsString("至少 12 个字符"));
        Browser.opened().cookie(Browser.SESSION, StubGateway.token("team-1", "TEAM")).get("/account/password").then()
                .statusCode(200).body(containsString("账号 team-1"));
        // Signed out, the header has no such link and the page asks to sign in first.
        Browser.opened().get("/").then().body(not(containsString("nav-password")));
        Browser.opened().get("/account/password").then().statusCode(303)
                .header("Location", containsString("/signin?next=%2Faccount%2Fpassword"));
    }

    @Test
    void aMismatchIsRefusedInTheConsoleAndNothingIsSent() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/account/password");
        long before = calls();
        String html = browser.form("/account/password", "currentPassword", StubGateway.PASSWORD, "newPassword", NEW,
                "confirmPassword", NEW + "x").then().statusCode(400).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"confirmPassword-error\">两次输入的新密码不一致</p>"), html);
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"confirmPassword-error\""), html);
        assertTrue(!html.contains(NEW), "no password is written back into the page");
        assertEquals(before, calls(), "the gateway was not asked");
        assertNotNull(browser.cookie(Browser.SESSION), "the session goes on");
    }

    @Test
    void theGatewaysRulesShowInChineseNextToTheirInput() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/account/password");
        String wrong = browser.form("/account/password", "currentPassword", "not-my-password", "newPassword", NEW,
                "confirmPassword", NEW).then().statusCode(400).extract().asString();
        assertTrue(wrong.contains("<p class=\"error\" id=\"currentPassword-error\">当前密码不正确</p>"), wrong);
        String ruled = browser.form("/account/password", "currentPassword", StubGateway.PASSWORD, "newPassword",
                "short", "confirmPassword", "short").then().statusCode(400).extract().asString();
        assertTrue(ruled.contains("<p class=\"error\" id=\"newPassword-error\">新密码太短（密码至少 12 个字符）</p>"),
                ruled);
        String reused = browser.form("/account/password", "currentPassword", StubGateway.PASSWORD, "newPassword",
                StubGateway.PASSWORD, "confirmPassword", StubGateway.PASSWORD).then().statusCode(400).extract()
                .asString();
        assertTrue(reused.contains("id=\"newPassword-error\">新密码须与当前密码不同"), reused);
        var sent = StubGateway.REQUESTS.stream().filter(r -> r.uri().equals("/api/auth/password"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("PUT", sent.method());
        assertEquals("Bearer " + browser.cookie(Browser.SESSION), sent.authorization());
        assertNotNull(browser.cookie(Browser.SESSION), "a refused change keeps the session");
    }

    @Test
    void aChangeEndsTheSessionAtOnceAndTheSignInPageSaysWhy() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/account/password");
        browser.form("/account/password", "currentPassword", StubGateway.PASSWORD, "newPassword", NEW,
                "confirmPassword", NEW).then().statusCode(303)
                .header("Location", containsString("/signin?m=password"));
        assertNull(browser.cookie(Browser.SESSION), "the session cookie is cleared");
        browser.get("/signin?m=password").then().statusCode(200)
                .body(containsString("密码已修改，请用新密码重新登录"));
        browser.get("/plans").then().statusCode(303).header("Location", containsString("/signin"));
    }

    @Test
    void aChangeWithoutTheFormsTokenIsRefusedAndNotSent() {
        Browser browser = Browser.signedIn("emergency-xingning");
        long before = calls();
        browser.request().contentType("application/x-www-form-urlencoded").formParam("currentPassword",
                StubGateway.PASSWORD).formParam("newPassword", NEW).formParam("confirmPassword", NEW)
                .post("/account/password").then().statusCode(400);
        assertEquals(before, calls());
    }

    @Test
    void aRevokedTokenEndsTheSessionOnThePasswordPageToo() {
        // The form's token from the sign-in page: opening the password page would already end this session.
        Browser browser = Browser.signedIn(StubGateway.REVOKED_USER);
        browser.form("/account/password", "currentPassword", StubGateway.PASSWORD, "newPassword", NEW,
                "confirmPassword", NEW).then().statusCode(303).header("Location", containsString("/signin?m=revoked"));
        assertNull(browser.cookie(Browser.SESSION));
    }
}
