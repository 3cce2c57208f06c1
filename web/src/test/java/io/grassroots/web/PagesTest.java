package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every page: security headers, a CSP without inline script, no script in the markup, Chinese, labels. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class PagesTest {
    /** A script element with content, or an event-handler attribute: both would need 'unsafe-inline'. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script[^>]*>\\s*[^<\\s]|\\son[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT_ID = Pattern.compile("<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*"
            + "\\sid=\"([^\"]+)\"");

    @Test
    void everyPageSendsTheSecurityHeadersAndCarriesNoInlineScript() {
        Browser anonymous = Browser.opened();
        Browser department = Browser.signedIn("emergency-xingning");
        List<Response> pages = List.of(anonymous.get("/"), anonymous.get("/signin"),
                anonymous.get("/burden/leaderboard?year=2027&region=450103"), department.get("/"),
                department.get("/plans"), department.get("/plans/" + StubGateway.PLAN), anonymous.get("/nothing-here"),
                Browser.signedIn("coordinator-1").get("/approvals"));
        for (Response page : pages) {
            String csp = page.getHeader("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
                    "CSP: " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            page.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Content-Type", containsString("text/html"));
            String html = page.asString();
            assertFalse(INLINE_SCRIPT.matcher(html).find(), "inline script in " + html);
            assertTrue(html.contains("<html lang=\"zh-CN\">"), html);
            var inputs = INPUT_ID.matcher(html);
            while (inputs.find()) {
                assertTrue(html.contains("<label for=\"" + inputs.group(1) + "\""), "no label for " + inputs.group(1));
            }
        }
    }

    @Test
    void theBundledScriptsAreServedAndTheChartOnlyWhereAChartIs() {
        Browser anonymous = Browser.opened();
        String home = anonymous.get("/").asString();
        String board = anonymous.get("/burden/leaderboard?year=2027&region=450103").asString();
        var script = Pattern.compile("src=\"(/static/bundle/app-[^\"]+\\.js)\"").matcher(home);
        assertTrue(script.find(), home);
        anonymous.get(script.group(1)).then().statusCode(200).body(containsString("htmx"));
        assertFalse(home.contains("/static/bundle/chart-"), "no ECharts on the home page");
        assertTrue(board.contains("/static/bundle/chart-"), "ECharts on the list");
    }

    @Test
    void anUnknownPageIsA404InChinese() {
        Browser.opened().get("/nothing-here").then().statusCode(404).body(containsString("页面不存在"))
                .body(not(containsString("Exception")));
    }
}
