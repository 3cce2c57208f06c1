package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The data catalog: indicators with their aliases, searched; a province's coordinator keeps the aliases. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class CatalogTest {
    private static Browser province() {
        Browser browser = Browser.opened().cookie(Browser.SESSION, StubGateway.coordinatorOf("prov-1", "45"));
        browser.get("/catalog").then().statusCode(200);
        return browser;
    }

    private static List<StubGateway.Recorded> puts() {
        return StubGateway.REQUESTS.stream()
                .filter(r -> r.method().equals("PUT") && r.uri().startsWith("/api/catalog/"))
                .toList();
    }

    @Test
    void theListShowsEachIndicatorWithItsAliasesInChinese() {
        String html = Browser.signedIn("coordinator-1").get("/catalog").then().statusCode(200).extract().asString();
        assertTrue(html.contains("共 3 个指标"), html);
        String population = card(html, "POPULATION");
        assertTrue(population.contains("<h2>户籍人口 <span class=\"code\">POPULATION</span></h2>"), population);
        assertTrue(population.contains("<dt>计量单位</dt><dd>人</dd>"), population);
        assertTrue(population.contains("<dt>责任部门</dt><dd>45-statistics</dd>"), population);
        assertTrue(population.contains(">公开</dd>"), population);
        assertTrue(population.contains("365 天内的数据可直接共享"), population);
        assertTrue(population.contains("每项约 10 分钟"), population);
        assertTrue(population.contains("<ul class=\"aliases\"><li>户籍人口数</li><li>户籍总人口</li></ul>"), population);
        assertTrue(card(html, "SAFETY_INCIDENTS").contains(">内部，需授权</dd>"), html);
        assertTrue(card(html, "FIRE_INSPECTIONS_PASSED").contains("<span class=\"hint\">暂无</span>"), html);
    }

    @Test
    void theSearchMatchesCodeNameOrAliasAndAnswersHtmxWithTheListOnly() {
        Browser browser = Browser.signedIn("dept-1");
        String byAlias = browser.get("/catalog?q=户籍总人口").then()
                .statusCode(200).extract().asString();
        assertTrue(byAlias.contains("id=\"indicator-POPULATION\""), byAlias);
        assertTrue(!byAlias.contains("id=\"indicator-SAFETY_INCIDENTS\""), byAlias);
        assertTrue(byAlias.contains("找到 1 个指标（共 3 个）"), byAlias);
        assertTrue(byAlias.contains("value=\"户籍总人口\""), "the box keeps the search: " + byAlias);
        browser.get("/catalog?q=safety").then().statusCode(200)
                .body(containsString("id=\"indicator-SAFETY_INCIDENTS\""))
                .body(not(containsString("id=\"indicator-POPULATION\"")));
        browser.get("/catalog?q=消防").then().statusCode(200)
                .body(containsString("id=\"indicator-FIRE_INSPECTIONS_PASSED\""));
        browser.get("/catalog?q=nothing-like-it").then().statusCode(200).body(containsString("没有符合条件的指标"));
        String partial = browser.request().header("HX-Request", "true").get("/catalog?q=safety").then().statusCode(200)
                .extract().asString();
        assertTrue(partial.contains("id=\"indicator-SAFETY_INCIDENTS\"") && !partial.contains("<html"), partial);
    }

    @Test
    void aProvinceCoordinatorSavesTheLinesTrimmedWithoutBlankOnes() {
        Browser browser = province();
        String page = browser.get("/catalog").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<label for=\"aliases-POPULATION\">“户籍人口”的别名"), page);
        browser.get("/").then().body(containsString("维护各指标的别名"));
        assertTrue(page.contains("<textarea id=\"aliases-POPULATION\" name=\"aliases\" rows=\"4\""), page);
        assertTrue(page.contains(">户籍人口数\n户籍总人口</textarea>"), "one alias a line: " + page);
        String location = browser.form("/catalog/POPULATION/aliases", "aliases",
                "  户籍人口数 \r\n\r\n户籍总人口\n   \n常住户籍人口\t", "q", "户籍").then().statusCode(303).extract()
                .header("Location");
        assertTrue(URLDecoder.decode(location, StandardCharsets.UTF_8)
                .endsWith("/catalog?q=户籍&saved=POPULATION#indicator-POPULATION"), location);
        StubGateway.Recorded put = puts().get(puts().size() - 1);
        assertEquals("/api/catalog/indicators/POPULATION/aliases", put.uri());
        assertEquals("[\"户籍人口数\",\"户籍总人口\",\"常住户籍人口\"]", put.body());
        assertTrue(put.authorization().startsWith("Bearer "), "with the user's token");
        browser.get("/catalog?q=户籍&saved=POPULATION").then().statusCode(200)
                .body(containsString("id=\"saved-notice\">已保存“户籍人口”的别名。"));
    }

    @Test
    void aTakenAliasAndARepeatAreShownNextToTheBoxByTheirLine() {
        Browser browser = province();
        String html = browser.form("/catalog/POPULATION/aliases", "aliases", "户籍人口数\n\n安全事故起数\n户籍人口数",
                "q", "safety").then().statusCode(400).extract().asString();
        assertTrue(
                html.contains("<textarea id=\"aliases-POPULATION\" name=\"aliases\" rows=\"4\" aria-invalid=\"true\" "
                        + "aria-describedby=\"aliases-POPULATION-error \""),
                html);
        assertTrue(html.contains(">户籍人口数\n\n安全事故起数\n户籍人口数</textarea>"), "what was typed stays: " + html);
        assertTrue(html.contains("id=\"aliases-POPULATION-error\">第 3 行：已是“安全生产事故起数”（SAFETY_INCIDENTS）的"
                + "名称、代码或别名，一个别名只能对应一个指标；第 4 行：与前面的行重复</p>"), html);
        assertTrue(html.contains("<details class=\"alias-edit\" open>"), "the refused box is open: " + html);
        assertTrue(html.contains("id=\"indicator-POPULATION\""), "shown although the search is for another: " + html);
        assertTrue(html.contains("role=\"alert\">别名未保存，请按提示修改。"), html);
    }

    @Test
    void moreThanFiftyLinesAreRefusedAsTheApiCountsThem() {
        String lines = IntStream.rangeClosed(1, 60).mapToObj(i -> "别名" + i).collect(Collectors.joining("\n"));
        province().form("/catalog/FIRE_INSPECTIONS_PASSED/aliases", "aliases", lines).then().statusCode(400)
                .body(containsString("id=\"aliases-FIRE_INSPECTIONS_PASSED-error\">别名最多 50 个，请删去多余的行"));
        assertEquals(51, puts().get(puts().size() - 1).body().split(",").length, "no more sent than needed");
    }

    @Test
    void aFullBoxOfLongAliasesReachesTheApi() {
        String lines = IntStream.rangeClosed(10, 59).mapToObj(i -> i + "消".repeat(98))
                .collect(Collectors.joining("\n"));
        province().form("/catalog/FIRE_INSPECTIONS_PASSED/aliases", "aliases", lines).then().statusCode(303);
        assertTrue(puts().get(puts().size() - 1).body().contains("59" + "消".repeat(98)));
    }

    @Test
    void aCountyCoordinatorAndADepartmentReadWithoutAForm() {
        Browser county = Browser.signedIn("coordinator-1");
        county.get("/catalog").then().statusCode(200).body(containsString("此处只读"))
                .body(not(containsString("name=\"aliases\""))).body(not(containsString("保存别名")));
        county.get("/").then().body(containsString("id=\"card-catalog\"")).body(containsString("此处只读"));
        int before = puts().size();
        // Posted anyway: the API is asked and refuses it as a province's matter.
        county.form("/catalog/POPULATION/aliases", "aliases", "x").then().statusCode(403);
        Browser department = Browser.signedIn("dept-1");
        department.get("/catalog").then().statusCode(200).body(not(containsString("name=\"aliases\"")));
        department.get("/").then().body(containsString("<a href=\"/catalog\" id=\"card-catalog\">数据目录</a>"));
        department.form("/catalog/POPULATION/aliases", "aliases", "x").then().statusCode(403);
        assertEquals(before + 1, puts().size(), "the department's post never reached the API");
        Browser.signedIn("team-1").get("/catalog").then().statusCode(403);
        Browser.opened().cookie(Browser.SESSION, StubGateway.token("auditor-1", "AUDITOR")).get("/catalog").then()
                .statusCode(200).body(not(containsString("保存别名")));
    }

    @Test
    void aFieldPastTheFormLimitGetsAPageInChineseNotA500() {
        Browser browser = province();
        int before = puts().size();
        Response answer = browser.form("/catalog/POPULATION/aliases", "aliases", "长".repeat(70_000));
        assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, "status " + answer.statusCode());
        assertTrue(answer.asString().contains("<html") && !answer.asString().contains("Exception"), answer.asString());
        assertEquals(before, puts().size());
    }

    @Test
    void aSaveWithoutTheFormsTokenIsRefusedBeforeTheApi() {
        Browser browser = province();
        int before = puts().size();
        browser.request().contentType("application/x-www-form-urlencoded").formParam("aliases", "x")
                .post("/catalog/POPULATION/aliases").then().statusCode(400);
        assertEquals(before, puts().size());
    }

    /** One indicator's card, from its start to the next card's. */
    private static String card(String html, String code) {
        int start = html.indexOf("id=\"indicator-" + code + "\"");
        assertTrue(start >= 0, code + " is listed: " + html);
        int end = html.indexOf("<li class=\"card\"", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
