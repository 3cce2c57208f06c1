package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import io.grassroots.web.support.Browser;
import io.grassroots.web.support.LedgerStub;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The burden ledger: the region's departments as a table and a chart whose data are the API's own
 * numbers, the share rate by month, a department's own row, and the auditor's read-only view.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class LedgerTest {
    private static final ObjectMapper JSON = PlatformJson.shared();
    private static final Pattern CHART = Pattern.compile("id=\"([a-z-]+)\" data-ledger-chart=\"([^\"]*)\"");

    /** The chart data of each chart on the page, by its element id, as the script will read them. */
    private static JsonNode chart(String html, String id) throws Exception {
        Matcher m = CHART.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(id)) {
                return JSON.readTree(m.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
            }
        }
        throw new AssertionError("no chart " + id + " in " + html);
    }

    private static List<JsonNode> values(JsonNode series) {
        List<JsonNode> values = new ArrayList<>();
        series.path("values").forEach(values::add);
        return values;
    }

    @Test
    void theRegionsTableAndBarChartCarryTheApisNumbers() throws Exception {
        String html = Browser.signedIn("coord-xingning").get("/ledger?year=2026").then().statusCode(200)
                .body(containsString("辖区减负台账")).body(containsString("共 2 个部门")).extract().asString();
        JsonNode api = JSON.readTree(LedgerStub.LEDGER);
        JsonNode bars = chart(html, "ledger-chart");
        assertEquals("bars", bars.path("type").asText());
        String[] figures = { "targetsFiled", "quotaLimit", "targetsMerged", "fieldsRequested", "fieldsAnsweredShared" };
        for (int d = 0; d < api.size(); d++) {
            JsonNode counts = api.get(d).path("counts");
            assertEquals(counts.path("name").asText(), bars.path("names").get(d).asText());
            String row = html.substring(html.indexOf("<tr data-department=\"" + counts.path("departmentId").asText()));
            row = row.substring(0, row.indexOf("</tr>"));
            for (int f = 0; f < figures.length; f++) {
                JsonNode expected = counts.path(figures[f]);
                // The chart holds the API's figure itself (null where there is no quota) ...
                assertEquals(expected, values(bars.path("series").get(f)).get(d), figures[f] + " of " + d);
                // ... and the table beside it shows the same number.
                String cell = Pattern.compile("data-figure=\"" + figures[f] + "\">([^<]*)").matcher(row).results()
                        .findFirst().orElseThrow().group(1).trim();
                assertTrue(cell.startsWith(expected.isNull() ? "—" : expected.asText()), figures[f] + ": " + cell);
            }
        }
        assertTrue(html.contains("data-figure=\"shareRate\">78%"), "0.775 as a whole percentage");
        assertTrue(html.contains("超出"), "over its quota is said so");
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/burden/departments"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("/api/burden/departments?year=2026&region=450102", call.uri());
    }

    @Test
    void theShareRateRunsThroughTheMonthsAsALineWithATableOfTheSameFigures() throws Exception {
        String html = Browser.signedIn("coord-xingning").get("/ledger?year=2026").then().statusCode(200)
                .body(containsString("数据共享率走势（2026 年，按月）")).body(containsString("各项数字的含义与算法"))
                .extract().asString();
        JsonNode line = chart(html, "share-chart");
        assertEquals("line", line.path("type").asText());
        assertEquals(12, line.path("names").size());
        List<JsonNode> answered = values(line.path("series").get(0));
        List<JsonNode> spared = values(line.path("series").get(1));
        // March: 27 of 40 answered from shared data (67.5%), 31 of 40 spared; May 2 of 10; no other month has a rate.
        assertEquals(67.5, answered.get(2).asDouble(), 1e-9);
        assertEquals(77.5, spared.get(2).asDouble(), 1e-9);
        assertEquals(20.0, answered.get(4).asDouble(), 1e-9);
        assertTrue(answered.get(0).isNull() && spared.get(11).isNull(), line.toString());
        assertTrue(html.contains("<tr data-month=\"3\"><td>3 月</td><td class=\"num\">1</td><td class=\"num\">40</td>"),
                html);
        assertTrue(html.contains("67.5%") && html.contains("77.5%"), html);
        assertTrue(html.contains("其中 1 张部门表格共 40 个单元格，27 个由共享数据自动填写"), "forms are counted: " + html);
        assertTrue(html.contains("/static/bundle/chart"), "the page loads the chart bundle");
    }

    @Test
    void aDepartmentSeesItsOwnRowOnly() throws Exception {
        String html = Browser.signedIn("emergency-xingning").get("/ledger?year=2026").then().statusCode(200)
                .body(containsString("本部门减负台账")).body(containsString("data-department=\"450102-emergency\""))
                .body(containsString("超出配额")).body(not(containsString("兴宁区消防救援大队")))
                .extract().asString();
        JsonNode bars = chart(html, "ledger-chart");
        assertEquals("兴宁区应急管理局", bars.path("series").get(0).path("name").asText());
        assertEquals("[12,10,6,40,27]", bars.path("series").get(0).path("values").toString());
        assertTrue(html.contains("<tr data-figure=\"targetsMerged\"><th scope=\"row\">并入联合检查 / 已实地检查</th>"
                + "<td class=\"num\">6 / 8</td>"), html);
    }

    @Test
    void aYearWithoutRowsSaysSoAndABadYearFallsBackToThisYear() {
        Browser browser = Browser.signedIn("coord-xingning");
        browser.get("/ledger?year=2024").then().statusCode(200).body(containsString("2024 年辖区内尚无台账记录"))
                .body(not(containsString("id=\"ledger-chart\"")));
        browser.get("/ledger?year=abc").then().statusCode(200);
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/burden/departments"))
                .reduce((a, b) -> b).orElseThrow();
        int now = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertEquals("/api/burden/departments?year=" + now + "&region=450102", call.uri());
    }

    @Test
    void anAuditorReadsTheRegionsLedgerWithoutAnyForm() {
        String html = RequestsTest.auditor().get("/ledger?year=2026").then().statusCode(200)
                .body(containsString("本页只读")).body(containsString("兴宁区消防救援大队")).extract().asString();
        assertEquals(1, html.split("method=\"post\"", -1).length - 1, "only the sign-out form posts");
    }

    @Test
    void theHomePagesOfferTheNewPages() {
        Browser.signedIn("emergency-xingning").get("/").then().statusCode(200)
                .body(containsString("href=\"/data-requests\"")).body(containsString("href=\"/ledger\""));
        RequestsTest.auditor().get("/").then().statusCode(200).body(containsString("辖区减负台账"))
                .body(containsString("只读查看辖区内各部门的数据申请"));
        Browser.signedIn("emergency-xingning").get("/data-requests").then()
                .body(not(containsString("/static/bundle/chart")));
    }
}
