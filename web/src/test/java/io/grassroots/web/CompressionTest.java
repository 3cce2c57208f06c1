package io.grassroots.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scripts and stylesheets go gzipped to a browser that asks; pages never do, since they carry the
 * CSRF token beside echoed query input (BREACH).
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class CompressionTest {
    private static final Pattern ASSET = Pattern
            .compile("(?:src|href)=\"(/static/bundle/(?:app|chart)-[^\"]+\\.(?:js|css))\"");

    @Test
    void theBundleIsGzippedAndThePagesAreNot() {
        Browser department = Browser.signedIn("emergency-xingning");
        Response page = gzip(department, "/plans?status=DRAFT");
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("csrf-token"), "the page carries the CSRF token");
        assertNotEquals("gzip", page.getHeader("Content-Encoding"), "a page with the CSRF token is not compressed");

        String board = Browser.opened().get("/burden/leaderboard?year=2027&region=450103").asString();
        Matcher assets = ASSET.matcher(board);
        int found = 0;
        while (assets.find()) {
            Response asset = gzip(Browser.opened(), assets.group(1));
            assertEquals(200, asset.statusCode(), assets.group(1));
            assertEquals("gzip", asset.getHeader("Content-Encoding"), assets.group(1) + " is gzipped");
            found++;
        }
        assertTrue(found >= 3, "the app's script and stylesheet and the chart's script: " + board);
    }

    private static Response gzip(Browser browser, String path) {
        return browser.request().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig()
                .noContentDecoders())).header("Accept-Encoding", "gzip").get(path);
    }
}
