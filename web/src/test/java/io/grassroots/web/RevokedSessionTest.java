package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A disabled account or changed password ends the session at once on the pages that need no data of
 * the platform too: the home page and the blank forms ask the gateway once, and its 401 ends the session.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class RevokedSessionTest {
    private static final String REVOKED = "登录已失效：账号可能已被停用或密码已修改，请重新登录。";

    @Test
    void theHomePageEndsARevokedSessionAndSaysWhy() {
        // The stub answers 401 for this user whatever is asked, as the gateway does once the account is disabled.
        Browser browser = Browser.signedIn(StubGateway.REVOKED_USER);
        String location = browser.get("/").then().statusCode(303).extract().header("Location");
        assertEquals("/signin?m=revoked", location.replaceFirst("^https?://[^/]+", ""));
        assertNull(browser.cookie(Browser.SESSION), "the session cookie is cleared");
        browser.get("/signin?m=revoked").then().statusCode(200).body(containsString(REVOKED));
        // Signed out now, the home page is the public one.
        browser.get("/").then().statusCode(200).body(containsString("/signin"));
    }

    @Test
    void thePasswordPageEndsARevokedSessionAndComesBackAfterSigningIn() {
        Browser browser = Browser.signedIn(StubGateway.REVOKED_USER);
        browser.get("/account/password").then().statusCode(303)
                .header("Location", containsString("/signin?m=revoked&next=%2Faccount%2Fpassword"));
        assertNull(browser.cookie(Browser.SESSION), "the session cookie is cleared");
    }

    @Test
    void aCoordinatorsBlankAccountFormEndsARevokedSessionToo() {
        Browser browser = Browser.opened().cookie(Browser.SESSION,
                StubGateway.coordinatorOf(StubGateway.REVOKED_USER, "450102"));
        browser.get("/accounts/new").then().statusCode(303).header("Location", containsString("/signin?m=revoked"));
        assertNull(browser.cookie(Browser.SESSION));
        Browser htmx = Browser.signedIn(StubGateway.REVOKED_USER);
        htmx.request().header("HX-Request", "true").get("/account/password").then().statusCode(204)
                .header("HX-Redirect", equalTo("/signin?m=revoked"));
    }

    @Test
    void aLiveSessionIsAskedAboutWithItsOwnTokenAndGoesOn() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/").then().statusCode(200).body(containsString("业务部门工作台"));
        var probe = StubGateway.REQUESTS.stream().filter(r -> r.uri().equals("/api/categories")).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals("GET", probe.method());
        assertEquals("Bearer " + browser.cookie(Browser.SESSION), probe.authorization());
        browser.get("/account/password").then().statusCode(200).body(containsString("id=\"password-form\""));
        assertNotNull(browser.cookie(Browser.SESSION), "the session goes on");
    }
}
