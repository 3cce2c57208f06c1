package io.grassroots.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.FormStub;
import io.grassroots.web.support.StubGateway;
import io.grassroots.web.support.UnitStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A unit's task as a workbook: downloaded as the API makes it, uploaded filled in, all or nothing unless partial. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class UnitWorkbookTest {
    private static final byte[] FILE = { 'P', 'K', 3, 4, (byte) 0xe6, (byte) 0x95, (byte) 0xb0, 0, (byte) 0xfe };

    private static Browser unit() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.get("/unit/tasks").then().statusCode(200);
        return unit;
    }

    private static String card(String html, String task) {
        int start = html.indexOf("data-task=\"" + task + "\"");
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static FormStub.Upload lastUpload() {
        return FormStub.UPLOADS.stream().filter(u -> u.uri().startsWith("/api/tasks/")).reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void anOpenTaskOffersItsWorkbookAndAnUploadWithTheBoxForPartial() {
        String html = Browser.signedIn("unit-minsheng").get("/unit/tasks").then().statusCode(200).extract().asString();
        String open = card(html, UnitStub.TASK_REFUSED);
        assertTrue(open.contains("href=\"/unit/tasks/" + UnitStub.TASK_REFUSED + "/workbook\"")
                && open.contains(">下载表格</a>"), open);
        assertTrue(open.contains(
                "action=\"/unit/tasks/" + UnitStub.TASK_REFUSED + "/workbook\" enctype=\"multipart/form-data\""), open);
        assertTrue(open.contains("<label for=\"file-" + UnitStub.TASK_REFUSED + "\">"), open);
        assertTrue(open.contains("name=\"partial\" value=\"true\"") && open.contains("只接受填写正确的行"), open);
        assertTrue(!card(html, UnitStub.TASK_DONE).contains("/workbook"), "a task done has nothing to fill");
    }

    @Test
    void theWorkbookIsStreamedWithItsName() {
        Response file = unit().get("/unit/tasks/" + UnitStub.TASK_REFUSED + "/workbook");
        file.then().statusCode(200).header("Content-Disposition", equalTo(FormStub.DISPOSITION));
        assertArrayEquals(FormStub.WORKBOOK, file.asByteArray());
    }

    @Test
    void aPartialUploadShowsTheRowsTakenAndTheRowsRefused() {
        String html = unit().upload("/unit/tasks/" + UnitStub.TASK_REFUSED + "/workbook", "填报.xlsx", FILE,
                "partial", "true").then().statusCode(200).extract().asString();
        FormStub.Upload sent = lastUpload();
        assertEquals("/api/tasks/" + UnitStub.TASK_REFUSED + "/workbook?partial=true", sent.uri());
        assertArrayEquals(FILE, sent.body());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sent.contentType());
        String card = card(html, UnitStub.TASK_REFUSED);
        assertTrue(card.contains("表格已导入 1 行，1 处填写不正确的未导入。"), card);
        assertTrue(card.contains("<li data-row=\"4\">第 4 行：户籍人口</li>"), card);
        assertTrue(card.contains("<li>第 5 行：数值超出该指标允许的范围</li>"), card);
        assertTrue(card.contains("name=\"partial\" value=\"true\" aria-describedby=\"partial-" + UnitStub.TASK_REFUSED
                + "-hint\" checked"), card);
    }

    @Test
    void withoutPartialABadRowRefusesTheWholeWorkbook() {
        String html = unit().upload("/unit/tasks/" + UnitStub.TASK_REFUSED + "/workbook", "填报.csv", FILE).then()
                .statusCode(400).extract().asString();
        FormStub.Upload sent = lastUpload();
        assertEquals("/api/tasks/" + UnitStub.TASK_REFUSED + "/workbook?partial=false", sent.uri());
        assertEquals("text/csv", sent.contentType());
        String card = card(html, UnitStub.TASK_REFUSED);
        assertTrue(card.contains("整个表格都未导入"), card);
        assertTrue(card.contains("<li>第 5 行：数值超出该指标允许的范围</li>") && card.contains("<li>第 6 行：不是数字</li>"), card);
    }

    @Test
    void anotherRoleMayNotUploadATasksWorkbook() {
        Browser department = Browser.signedIn("emergency-xingning");
        department.get("/forms");
        department.upload("/unit/tasks/" + UnitStub.TASK_REFUSED + "/workbook", "x.xlsx", FILE).then().statusCode(403);
        department.get("/unit/tasks/" + UnitStub.TASK_REFUSED + "/workbook").then().statusCode(403);
    }
}
