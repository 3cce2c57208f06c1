package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.FormStub;
import io.grassroots.web.support.LedgerStub;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A department's own spreadsheet: uploaded as its bytes, its proposed mapping reviewed, confirmed with
 * only the corrections, and the filled workbook downloaded as the API streams it.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class FormsTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Not text: a copy that went through a string would differ. */
    private static final byte[] FILE = { 'P', 'K', 3, 4, 0, (byte) 0xe4, (byte) 0xb8, (byte) 0x80, (byte) 0xff, 10 };

    private static FormStub.Upload lastUpload(String prefix) {
        return FormStub.UPLOADS.stream().filter(u -> u.uri().startsWith(prefix)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("nothing was posted to " + prefix));
    }

    private static Browser department() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/forms").then().statusCode(200);
        return browser;
    }

    @Test
    void anUploadGoesOnAsItsBytesWithTheContentTypeOfItsName() {
        Browser browser = department();
        String name = "2026一季度安全生产统计表.xlsx";
        browser.upload("/forms", name, FILE).then().statusCode(303)
                .header("Location", endsWith("/forms/" + FormStub.DRAFT + "?uploaded=1"));
        FormStub.Upload sent = lastUpload("/api/forms?");
        assertArrayEquals(FILE, sent.body());
        assertEquals(XLSX, sent.contentType());
        assertEquals("name=" + name, URLDecoder.decode(sent.uri().substring(sent.uri().indexOf('?') + 1),
                StandardCharsets.UTF_8));
        browser.upload("/forms", "乡镇统计.CSV", FILE).then().statusCode(303);
        assertEquals("text/csv", lastUpload("/api/forms?").contentType());
    }

    @Test
    void theApisProblemWithTheFileIsShownInChineseNextToTheInput() {
        Browser browser = department();
        String html = browser.upload("/forms", "统计表-macro.xlsm", FILE).then().statusCode(400).extract().asString();
        assertTrue(html.contains("<div class=\"error\" id=\"file-error\"><p>文件含宏（.xlsm），为安全起见不予读取。"), html);
        assertTrue(html.contains("aria-describedby=\"file-hint file-error\" aria-invalid=\"true\""), html);
        assertTrue(html.contains("刚才选择的文件：统计表-macro.xlsm"), html);
        assertEquals(XLSX, lastUpload("/api/forms?").contentType(), "an .xlsm goes as a workbook; the API refuses it");
        html = browser.upload("/forms", "formula.xlsx", FILE).then().statusCode(400).extract().asString();
        assertTrue(html.contains("<p>单元格 D7 含有公式。请把公式转为数值"), html);
    }

    @Test
    void anEmptyFileOrAPostWithoutTheTokenNeverReachesTheApi() {
        Browser browser = department();
        int before = FormStub.UPLOADS.size();
        browser.upload("/forms", "空.xlsx", new byte[0]).then().statusCode(400)
                .body(containsString("请选择要上传的表格文件"));
        browser.request().multiPart("file", "表.xlsx", FILE, "application/octet-stream").post("/forms").then()
                .statusCode(400);
        assertEquals(before, FormStub.UPLOADS.size());
    }

    @Test
    void theListIsPagedByStatusAndLinksEachForm() {
        Browser browser = department();
        browser.get("/forms?status=FILED&page=bad").then().statusCode(200)
                .body(containsString("href=\"/forms/" + FormStub.FILED + "\""))
                .body(containsString("href=\"/data-requests/" + LedgerStub.REQUEST + "\""))
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("accept=\".xlsx,.csv"));
        assertTrue(
                StubGateway.REQUESTS.stream().anyMatch(r -> r.uri().equals("/api/forms?page=0&size=20&status=FILED")));
        browser.request().header("HX-Request", "true").get("/forms").then().statusCode(200)
                .body(not(containsString("<html"))).body(containsString("id=\"form-table\""));
    }

    @Test
    void theReviewShowsEachColumnWithItsProposalAndTheRowsThatNeedAttention() {
        String html = department().get("/forms/" + FormStub.DRAFT).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<label for=\"col-C\">C 列：人口情况 / 户籍人口（人）</label>"), html);
        assertTrue(html.contains("<option value=\"C:POPULATION\" selected>户籍人口（POPULATION）</option>"), html);
        assertTrue(html.contains("<option value=\"E:\" selected>不映射（忽略此列）</option>"), html);
        // A proposed indicator the catalog did not list stays chosen rather than silently unmapped.
        assertTrue(html.contains("<option value=\"F:HAZARDS_FIXED\" selected>隐患整改数（HAZARDS_FIXED）</option>"), html);
        for (String kind : new String[] { "按名称", "按别名", "未匹配", "沿用上次" }) {
            assertTrue(html.contains(">" + kind + "</span>"), kind);
        }
        String ambiguous = html.substring(html.indexOf("data-row=\"12\""), html.indexOf("data-row=\"13\""));
        assertTrue(ambiguous.contains("第 12 行：新村") && ambiguous.contains("重名，请选择"), ambiguous);
        assertTrue(ambiguous.contains("<option value=\"12:\" selected>不填报此行（未选择单位）</option>"), ambiguous);
        assertTrue(ambiguous.contains("<option value=\"12:450102001002\">新村（城关镇，450102001002）</option>"), ambiguous);
        assertTrue(ambiguous.contains("新村（朝阳街道，450102002003）"), ambiguous);
        assertTrue(html.contains("未找到该单位") && html.contains("不在本辖区"), html);
        assertTrue(html.contains("<option value=\"14:450103001001\" selected>外县村（450103001001）</option>"), html);
        assertTrue(html.contains("<label for=\"code-13\" class=\"minor\">或填写单位代码</label>"), html);
        assertTrue(html.contains("<td>D7</td><td>应填数字，却是文字</td>"), html);
        assertTrue(html.contains("value=\"2026年第一季度安全生产情况统计表\"") && html.contains("value=\"2026-Q1\""), html);
        assertTrue(html.contains("第 1 / 3 页") && html.contains("第1页的村"), html);
    }

    @Test
    void theListOfAllRowsIsPagedAndFilteredInPlace() {
        Browser browser = department();
        String part = browser.request().header("HX-Request", "true")
                .get("/forms/" + FormStub.DRAFT + "?match=AMBIGUOUS&rowsPage=1").then().statusCode(200).extract()
                .asString();
        assertTrue(part.contains("第2页的村") && !part.contains("<form") && !part.contains("<html"), part);
        assertTrue(part.contains("href=\"/forms/" + FormStub.DRAFT + "?match=AMBIGUOUS&amp;rowsPage=2#all-rows\""),
                part);
        assertTrue(StubGateway.REQUESTS.stream().anyMatch(r -> r.uri().equals("/api/forms/" + FormStub.DRAFT
                + "/rows?page=1&size=50&match=AMBIGUOUS")));
    }

    @Test
    void confirmingPostsOnlyTheCorrectionsAndShowsTheSummary() {
        Browser browser = department();
        browser.get("/forms/" + FormStub.TO_CONFIRM);
        browser.multipart("/forms/" + FormStub.TO_CONFIRM + "/confirm", "title", "2026年第一季度安全生产情况统计表",
                "period", "2026-Q1", "dueDate", "2027-01-20",
                "column", "C:POPULATION", "column", "D:", "column", "E:", "column", "F:HAZARDS_FIXED",
                "unit", "12:450102002003", "code", "", "unit", "13:", "code", " 450102001009 ",
                "unit", "14:", "code", "").then().statusCode(303)
                .header("Location", endsWith("/forms/" + FormStub.TO_CONFIRM + "?filed=1"));
        FormStub.Upload sent = lastUpload("/api/forms/" + FormStub.TO_CONFIRM + "/confirm");
        assertEquals("application/json", sent.contentType());
        assertEquals("{\"title\":\"2026年第一季度安全生产情况统计表\",\"period\":\"2026-Q1\",\"dueDate\":\"2027-01-20\","
                + "\"columns\":[{\"column\":\"D\",\"indicator\":null}],"
                + "\"rows\":[{\"row\":12,\"unit\":\"450102002003\"},{\"row\":13,\"unit\":\"450102001009\"},"
                + "{\"row\":14,\"unit\":null}]}", sent.text());
        String html = browser.get("/forms/" + FormStub.TO_CONFIRM + "?filed=1").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("已确认并发出：2480 个单元格由共享数据直接填好，30 个并入单位已有的填报任务，1000 个向单位发出填报任务。"), html);
        assertTrue(html.contains("<td class=\"num\" data-hours>683.3</td>") && html.contains("等待单位填报"), html);
        assertTrue(html.contains("href=\"/forms/" + FormStub.TO_CONFIRM + "/workbook\""), html);
        assertTrue(html.contains("href=\"/data-requests/" + LedgerStub.REQUEST + "\""), html);
        assertTrue(!html.contains("id=\"review-form\""), html);
    }

    @Test
    void aRefusedConfirmationShowsEachProblemNextToTheBoxItNamesAndKeepsTheChoices() {
        Browser browser = department();
        browser.get("/forms/" + FormStub.DRAFT);
        String html = browser.multipart("/forms/" + FormStub.DRAFT + "/confirm", "title", "太急的表格", "period", "2026-Q1",
                "dueDate", "2026-03-05", "column", "C:POPULATION", "column", "D:FIRE_INSPECTIONS_PASSED",
                "unit", "12:450102001002", "code", "", "unit", "13:", "code", "", "unit", "14:450103001001",
                "code", "").then().statusCode(400).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"dueDate-error\">通知时间不足（默认须提前 10 个工作日）</p>"), html);
        assertTrue(html.contains("<p class=\"error\" id=\"col-D-error\">本部门未获授权读取该指标"), html);
        assertTrue(html.contains("<p class=\"error\" id=\"row-12-error\">该单位不在本部门辖区内</p>"), html);
        assertTrue(html.contains("aria-describedby=\"col-D-match col-D-error\" aria-invalid=\"true\""), html);
        assertTrue(html.contains("<option value=\"D:FIRE_INSPECTIONS_PASSED\" selected>"), html);
        assertTrue(html.contains("<option value=\"12:450102001002\" selected>"), html);
        assertTrue(html.contains("value=\"太急的表格\""), html);
        assertTrue(!Pattern.compile("id=\"col-C-error\"").matcher(html).find(), html);
    }

    @Test
    void theFilledWorkbookIsStreamedWithItsNameAndADraftHasNoneYet() {
        Browser browser = department();
        Response file = browser.get("/forms/" + FormStub.FILED + "/workbook");
        file.then().statusCode(200).header("Content-Disposition", equalTo(FormStub.DISPOSITION))
                .header("Content-Type", equalTo(XLSX)).header("Cache-Control", equalTo("no-store"));
        assertArrayEquals(FormStub.WORKBOOK, file.asByteArray());
        browser.get("/forms/" + FormStub.DRAFT + "/workbook").then().statusCode(303)
                .header("Location", endsWith("/forms/" + FormStub.DRAFT));
    }

    @Test
    void onlyADepartmentHasFormsAndAMalformedIdNeverReachesTheApi() {
        Browser.signedIn("coord-xingning").get("/forms").then().statusCode(403);
        Browser.signedIn("unit-minsheng").get("/forms/" + FormStub.DRAFT).then().statusCode(403);
        int before = StubGateway.REQUESTS.size();
        department().get("/forms/not-an-id").then().statusCode(404);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.uri().startsWith("/api/forms/")));
        Browser.signedIn("emergency-xingning").get("/").then().statusCode(200)
                .body(containsString("href=\"/forms\" id=\"card-forms\""));
        Browser.signedIn("emergency-xingning").get("/data-requests").then().statusCode(200)
                .body(containsString("id=\"forms-link\" href=\"/forms\""));
    }

    @Test
    void everyInputOfTheNewPagesHasALabelAndNoPageCarriesScript() {
        Pattern inputId = Pattern.compile("<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*\\sid=\"([^\"]+)\"");
        Pattern inlineScript = Pattern.compile("<script[^>]*>\\s*[^<\\s]|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Browser department = department();
        for (Response page : new Response[] { department.get("/forms"), department.get("/forms/" + FormStub.DRAFT),
                department.get("/forms/" + FormStub.FILED), Browser.signedIn("unit-minsheng").get("/unit/tasks") }) {
            String html = page.then().statusCode(200).extract().asString();
            assertTrue(!inlineScript.matcher(html).find(), html);
            var inputs = inputId.matcher(html);
            int labelled = 0;
            while (inputs.find()) {
                assertTrue(html.contains("for=\"" + inputs.group(1) + "\""), "no label for " + inputs.group(1));
                labelled++;
            }
            assertTrue(labelled > 0 || html.contains("id=\"download-workbook\""), html);
        }
    }

    @Test
    void aReviewOfHundredsOfRowsFitsTheConsolesFormLimits() {
        Browser browser = department();
        browser.get("/forms/" + FormStub.DRAFT);
        String[] pairs = new String[2 * (6 + 2 * 600)];
        int i = 0;
        for (String[] p : new String[][] { { "title", "大表" }, { "period", "2026-Q1" }, { "dueDate", "2026-03-05" },
                { "column", "C:POPULATION" }, { "column", "D:" }, { "column", "E:" } }) {
            pairs[i++] = p[0];
            pairs[i++] = p[1];
        }
        for (int row = 100; row < 700; row++) {
            pairs[i++] = "unit";
            pairs[i++] = row + ":";
            pairs[i++] = "code";
            pairs[i++] = "";
        }
        // Refused by the API for its due date, not by the console for the number of its boxes.
        browser.multipart("/forms/" + FormStub.DRAFT + "/confirm", pairs).then().statusCode(400)
                .body(containsString("id=\"dueDate-error\""));
    }
}
