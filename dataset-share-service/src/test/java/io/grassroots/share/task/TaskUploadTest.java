package io.grassroots.share.task;

import static io.restassured.RestAssured.given;

import static io.grassroots.share.task.TaskSheets.XLSX;
import static io.grassroots.share.task.TaskSheets.download;
import static io.grassroots.share.task.TaskSheets.fill;
import static io.grassroots.share.task.TaskSheets.task;
import static io.grassroots.share.task.TaskSheets.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A task's upload other than the workbook as downloaded: a CSV in any column order, another unit's task, no sheet. */
@QuarkusTest
class TaskUploadTest extends ShareTest {
    private final String statistics = TestTokens.department("450102-statistics", "450102");

    @Test
    void anotherUnitsTaskIsNotThere() throws IOException {
        String task = task("450102001", List.of("CLINICS"), "2028-01");
        byte[] filled = fill(download("450102001", task), Map.of("CLINICS", 2));
        given().auth().oauth2(TestTokens.unit("450102002")).get("/api/tasks/" + task + "/workbook").then()
                .statusCode(404);
        String before = db.state();
        upload("450102002", task, filled, XLSX, false).statusCode(404);
        given().auth().oauth2(statistics).get("/api/tasks/" + task + "/workbook").then().statusCode(403);
        assertEquals(before, db.state());
    }

    @Test
    void aCsvWithTheSameColumnsInAnotherOrderIsTaken() {
        String task = task("450102003", List.of("GRAIN_AREA", "MARKET_ENTITIES"), "2028-02");
        String csv = "\uFEFF镇450102003 2028年2月数据填报任务\n\n"
                + "填报数值,指标代码,指标名称\n"
                + "\"1,250.5\",GRAIN_AREA,粮食播种面积\n"
                + ",,备注：市场主体数据来自工商所\n"
                + "318,MARKET_ENTITIES,市场主体数\n";
        upload("450102003", task, csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", false)
                .statusCode(200)
                .body("accepted.row", equalTo(List.of(4, 6)))
                .body("accepted.indicator", equalTo(List.of("GRAIN_AREA", "MARKET_ENTITIES")))
                .body("task.status", equalTo("FULFILLED"));
        assertEquals("1250.5", db.text("select trim_scale(value)::text from data_value where unit_code = '450102003' "
                + "and indicator = 'GRAIN_AREA' and period = '2028-02'"));
    }

    @Test
    void whatIsNotAFilledTaskSheetIsRefusedAndChangesNothing() throws IOException {
        String task = task("450102002", List.of("STUDENTS"), "2028-03");
        String before = db.state();
        upload("450102002", task, "just some text".getBytes(StandardCharsets.UTF_8), "application/octet-stream", false)
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("file")).body("violations[0].rule", equalTo("FORMAT"));
        upload("450102002", task, new byte[0], XLSX, false).statusCode(400)
                .body("violations[0].rule", equalTo("REQUIRED"));
        upload("450102002", task, "代码,值\nSTUDENTS,5\n".getBytes(StandardCharsets.UTF_8), "text/csv", false)
                .statusCode(400).body("violations[0].field", equalTo("file"))
                .body("violations[0].rule", equalTo("FORMAT"))
                .body("violations[0].message", containsString("指标代码"));
        byte[] blank = download("450102002", task);
        upload("450102002", task, blank, XLSX, true).statusCode(400)
                .body("violations[0].field", equalTo("rows")).body("violations[0].rule", equalTo("REQUIRED"));
        assertEquals(before, db.state());
        // The file's bytes say what it is, whatever the Content-Type.
        upload("450102002", task, fill(blank, Map.of("STUDENTS", 40)), "text/plain", false).statusCode(200)
                .body("task.status", equalTo("FULFILLED"));
        String csv = "指标代码,填报数值\nSCHOOLS,3\nSTUDENTS,41\n";
        String other = task("450102002", List.of("STUDENTS"), "2028-04");
        upload("450102002", other, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(400)
                .body("violations.field", hasItem("rows[2].indicator"))
                .body("violations.rule", hasItem("IN_TASK"));
    }
}
