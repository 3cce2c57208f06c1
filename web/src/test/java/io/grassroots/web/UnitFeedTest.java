package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The calendar feed's address: made and shown once, replaced, revoked, each with the form's CSRF token. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class UnitFeedTest {
    private static final Pattern URL = Pattern
            .compile("id=\"feed-url\" type=\"text\" readonly value=\"(http://[^\"]+)\"");

    @Test
    void theAddressIsShownOnceThenReplacedThenRevoked() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.get("/unit/calendar-feed");
        var made = unit.form("/unit/calendar-feed/rotate");
        made.then().statusCode(200).header("Cache-Control", "no-store");
        Matcher first = URL.matcher(made.asString());
        assertTrue(first.find(), made.asString());
        assertTrue(first.group(1).matches("http://[^/]+/api/feeds/secret1x+\\.ics"), first.group(1));
        assertTrue(made.asString().contains("href=\"webcal://"), made.asString());
        // Asked again, the page knows an address is active but cannot show it.
        String later = unit.get("/unit/calendar-feed").then().statusCode(200).extract().asString();
        assertTrue(later.contains("data-active=\"true\"") && !URL.matcher(later).find(), later);
        assertTrue(later.contains("data-confirm=\"更换后，之前的订阅地址立即失效"), later);

        Matcher second = URL.matcher(unit.form("/unit/calendar-feed/rotate").asString());
        assertTrue(second.find());
        assertFalse(second.group(1).equals(first.group(1)));

        unit.form("/unit/calendar-feed/revoke").then().statusCode(303)
                .header("Location", containsString("/unit/calendar-feed?revoked=1"));
        assertEquals("DELETE", StubGateway.REQUESTS.stream().filter(r -> r.uri().endsWith("/calendar-feed"))
                .reduce((a, b) -> b).orElseThrow().method());
        unit.get("/unit/calendar-feed?revoked=1").then().statusCode(200).body(containsString("data-active=\"false\""))
                .body(containsString("订阅地址已停用"));
    }

    @Test
    void withoutTheFormsTokenNothingIsRotatedOrRevoked() {
        Browser unit = Browser.signedIn("unit-minsheng");
        int before = StubGateway.REQUESTS.size();
        unit.request().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/unit/calendar-feed/rotate").then().statusCode(400);
        unit.request().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/unit/calendar-feed/revoke").then().statusCode(400);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.uri().endsWith("/calendar-feed") && !r.method().equals("GET")));
    }
}
