package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every form is protected: a post without the form's token, or with another, is refused and nothing is sent on. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class CsrfTest {

    @Test
    void aFormPostedWithoutTheTokenIsRefused() {
        Browser browser = Browser.opened();
        int before = StubGateway.REQUESTS.size();
        browser.request().contentType("application/x-www-form-urlencoded").formParam("username", "emergency-xingning")
                .formParam("password", StubGateway.PASSWORD).post("/signin").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("页面已失效"));
        Browser signedIn = Browser.signedIn("emergency-xingning");
        signedIn.request().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/plans/" + StubGateway.PLAN + "/submit").then().statusCode(400);
        signedIn.request().contentType("application/x-www-form-urlencoded").formParam("x", "1").post("/signout")
                .then().statusCode(400);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.uri().endsWith("/submit")), "the refused submission never reached the API");
    }

    @Test
    void aTokenFromAnotherBrowserIsRefused() {
        Browser mine = Browser.opened();
        Browser theirs = Browser.opened();
        mine.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", theirs.cookie(Browser.CSRF)).formParam("username", "emergency-xingning")
                .formParam("password", StubGateway.PASSWORD).post("/signin").then().statusCode(400);
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteStrict() {
        String setCookie = new Browser().get("/signin").getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Browser.CSRF + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
    }
}
