package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public red/black list: no sign-in, its rows, its chart's data and its formula, in Chinese. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class LeaderboardTest {

    @Test
    void theListRendersItsRowsForAnyoneWithoutSignIn() {
        String html = new Browser().get("/burden/leaderboard?year=2027&region=450103").then().statusCode(200)
                .body(containsString("红榜：减负成效最好")).body(containsString("黑榜：给基层负担最重"))
                .body(containsString("青秀区消防救援大队")).body(containsString("青秀区应急管理局"))
                .body(containsString("青秀区市场监督管理局")).body(containsString("60%"))
                .body(containsString("计分方法")).body(containsString("权重 0.4")).extract().asString();
        // The red list's rows in rank order, with the scores to one decimal.
        assertTrue(html.indexOf("青秀区消防救援大队") < html.indexOf("青秀区应急管理局"));
        assertTrue(html.contains("82.5") && html.contains("31.0"), html);
        // The chart is fed from a data attribute (HTML-escaped JSON), not from an inline script.
        assertTrue(Pattern.compile("data-chart=\"\\{&quot;series&quot;:&quot;减负得分&quot;").matcher(html).find(),
                html);
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/burden/leaderboard?year=2027"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(call.uri().contains("region=450103"), call.uri());
        assertNull(call.authorization(), "the public list is asked for without a token");
    }

    @Test
    void aSignedInUserSeesThePublicListAndItsTokenIsNotSent() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/burden/leaderboard?year=2027&region=450103").then().statusCode(200)
                .body(containsString("青秀区消防救援大队"));
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/burden/leaderboard"))
                .reduce((a, b) -> b).orElseThrow();
        assertNull(call.authorization());
    }

    @Test
    void aRegionTheApiRefusesIsExplainedNextToItsInputInChinese() {
        String html = new Browser().get("/burden/leaderboard?year=2027&region=bad").then().statusCode(400)
                .extract().asString();
        assertTrue(Pattern.compile("<p class=\"error\" id=\"region-error\">地区格式不正确</p>").matcher(html).find(), html);
        assertTrue(html.contains("aria-describedby=\"region-error\""), html);
    }
}
