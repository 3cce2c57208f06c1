package io.grassroots.web;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What a browser meets through the gateway: redirects lead back to the gateway at its own port (not
 * this service's host or port 80), and the icon every browser asks for is there rather than a 404.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class BehindTheGatewayTest {

    @Test
    void aRedirectKeepsTheGatewaysPort() {
        // The headers the gateway's proxy sends: its own host and port, and the user's scheme.
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.request().header("X-Forwarded-Host", "127.0.0.1:34525").header("X-Forwarded-Proto", "http")
                .get("/signin").then().statusCode(303)
                .header("Location", anyOf(equalTo("/"), startsWith("http://127.0.0.1:34525/")));
    }

    @Test
    void theIconBrowsersAskForIsServed() {
        byte[] icon = new Browser().request().get("/favicon.ico").then().statusCode(200).extract().asByteArray();
        // An ICO header (reserved 0, type 1), so browsers do not log a failed load on every page.
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] { 0, 0, 1, 0 },
                java.util.Arrays.copyOf(icon, 4));
    }
}
