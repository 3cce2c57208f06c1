package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Sign-in, the session cookie, sign-out, and every way a session ends: expiry, a stranger's token, a 401. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class SessionTest {

    @Test
    void signingInSetsAnHttpOnlySameSiteStrictCookieWithTheGatewaysToken() {
        Browser browser = Browser.opened();
        Response answer = browser.form("/signin", "username", "emergency-xingning", "password", StubGateway.PASSWORD,
                "next", "/plans");
        answer.then().statusCode(303).header("Location", containsString("/plans"));
        String setCookie = answer.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Browser.SESSION + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertTrue(!setCookie.toLowerCase().contains("secure"), "plain HTTP: not Secure, or the browser would drop it");
        assertTrue(browser.cookie(Browser.SESSION).split("\\.").length == 3, "the cookie holds the JWT");
        // The signed-in home page is the department's, in Chinese.
        browser.get("/").then().statusCode(200).body(containsString("业务部门工作台"))
                .body(containsString("本部门计划"));
    }

    @Test
    void overTlsAtTheGatewayTheCookieIsSecure() {
        Browser browser = Browser.opened();
        Response answer = browser.request().header("X-Forwarded-Proto", "https")
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrfOf(browser))
                .formParam("username", "emergency-xingning").formParam("password", StubGateway.PASSWORD)
                .post("/signin");
        answer.then().statusCode(303);
        assertTrue(answer.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(Browser.SESSION + "=") && c.toLowerCase().contains("secure")));
    }

    @Test
    void wrongCredentialsStayOnTheFormWithAMessageInChinese() {
        Browser.opened().form("/signin", "username", "emergency-xingning", "password", "wrong").then().statusCode(401)
                .body(containsString("用户名或密码错误")).body(containsString("value=\"emergency-xingning\""));
    }

    @Test
    void anOpenRedirectThroughNextIsRefused() {
        Browser.opened().form("/signin", "username", "a", "password", StubGateway.PASSWORD, "next",
                "//evil.example/x").then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void signingOutClearsTheCookie() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/");
        browser.form("/signout").then().statusCode(303).header("Location", containsString("/signin?m=signedout"));
        assertNull(browser.cookie(Browser.SESSION));
        browser.get("/plans").then().statusCode(303).header("Location", containsString("/signin"));
    }

    @Test
    void anExpiredTokenSendsBackToSignInWithAMessage() {
        Browser browser = Browser.opened().cookie(Browser.SESSION, StubGateway.expiredToken("emergency-xingning"));
        Response answer = browser.get("/plans?year=2027");
        answer.then().statusCode(303).header("Location", containsString("/signin?m=expired"))
                .header("Location", containsString("next=%2Fplans%3Fyear%3D2027"));
        assertNull(browser.cookie(Browser.SESSION), "the cookie is cleared");
        browser.get("/signin?m=expired").then().statusCode(200).body(containsString("登录已过期，请重新登录"));
    }

    @Test
    void aTokenNotSignedByThePlatformIsNoSession() {
        Browser.opened().cookie(Browser.SESSION, StubGateway.strangersToken("intruder")).get("/plans").then()
                .statusCode(303).header("Location", containsString("m=expired"));
    }

    @Test
    void a401FromTheApiEndsTheSessionAtOnce() {
        Browser browser = Browser.signedIn(StubGateway.REVOKED_USER);
        Response answer = browser.get("/plans");
        answer.then().statusCode(303).header("Location", containsString("/signin?m=revoked"));
        assertNull(browser.cookie(Browser.SESSION));
        // An htmx request is told where to go instead of being redirected inside the partial update.
        Browser again = Browser.signedIn(StubGateway.REVOKED_USER);
        again.request().header("HX-Request", "true").get("/plans?year=2027").then().statusCode(204)
                .header("HX-Redirect", equalTo("/signin?m=revoked"));
    }

    @Test
    void aRoleWithoutPlansIsToldSoInChinese() {
        Browser browser = Browser.opened().cookie(Browser.SESSION, StubGateway.token("team-1", "TEAM"));
        browser.get("/plans").then().statusCode(403).body(containsString("您的角色不能查看此页面"));
        assertNotNull(browser.cookie(Browser.SESSION), "a page the role may not see does not end the session");
    }

    private static String csrfOf(Browser browser) {
        String page = browser.get("/signin").asString();
        var m = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find());
        return m.group(1);
    }
}
