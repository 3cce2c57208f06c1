package io.grassroots.share.task;

import static io.restassured.RestAssured.given;

import static io.grassroots.share.task.TaskSheets.XLSX;
import static io.grassroots.share.task.TaskSheets.bytes;
import static io.grassroots.share.task.TaskSheets.download;
import static io.grassroots.share.task.TaskSheets.fill;
import static io.grassroots.share.task.TaskSheets.request;
import static io.grassroots.share.task.TaskSheets.rowsByCode;
import static io.grassroots.share.task.TaskSheets.task;
import static io.grassroots.share.task.TaskSheets.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A unit's task as a small workbook: downloaded, filled with Excel's means (formulas, percentages), uploaded. */
@QuarkusTest
class TaskWorkbookTest extends ShareTest {
    private final String statistics = TestTokens.department("450102-statistics", "450102");

    @Test
    void theDownloadHasATitleTheHeaderAndOneRowPerOpenFieldWithOnlyTheValueToFill() throws IOException {
        String task = task("450102003", List.of("SCHOOLS", "POPULATION", "FOREST_COVERAGE"), "2027-Q1");
        Response response = given().auth().oauth2(TestTokens.unit("450102003")).get("/api/tasks/" + task + "/workbook");
        response.then().statusCode(200).contentType(XLSX).header("Cache-Control", "no-store")
                .header("Content-Disposition", startsWith("attachment; filename=\"task-450102003-2027-Q1.xlsx\""))
                .header("Content-Disposition",
                        containsString("filename*=UTF-8''%E5%A1%AB%E6%8A%A5%E4%BB%BB%E5%8A%A1_"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            String title = sheet.getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.startsWith("镇450102003（450102003） 2027年第一季度数据填报任务"), title);
            assertTrue(title.contains("截止日期：2026年4月30日"), title);
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("450102-statistics"));
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("指标代码", "指标名称", "计量单位", "填报数值", "填写说明"), header);
            assertEquals(List.of("FOREST_COVERAGE", "POPULATION", "SCHOOLS"), List.copyOf(rowsByCode(sheet).keySet()));
            Row population = sheet.getRow(4);
            assertEquals("户籍人口", population.getCell(1).getStringCellValue());
            assertEquals("人", population.getCell(2).getStringCellValue());
            assertEquals("整数，不小于0", population.getCell(4).getStringCellValue());
            assertTrue(sheet.getRow(3).getCell(4).getStringCellValue().startsWith("数值，最多6位小数，0～100"));
            XSSFCell value = sheet.getRow(4).getCell(TaskWorkbook.VALUE_COLUMN);
            assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, value.getCellType());
            assertFalse(value.getCellStyle().getLocked(), "the value cell is the one to fill");
            assertTrue(((XSSFCellStyle) population.getCell(0).getCellStyle()).getLocked());
            assertTrue(sheet.getProtect(), "the other cells are protected (without a password)");
            assertEquals(3, sheet.getDataValidations().size());
            assertTrue(sheet.getDataValidations().stream().anyMatch(v -> "100".equals(v.getValidationConstraint()
                    .getFormula2())), "FOREST_COVERAGE's cell takes 0 to 100");
            assertTrue(sheet.getColumnWidth(4) > sheet.getColumnWidth(2));
        }
    }

    @Test
    void aFilledWorkbookFulfilsTheTaskAndAnswersTheWaitingRequest() throws IOException {
        String request = request("450102001", List.of("POPULATION", "HOUSEHOLDS"), "2027-Q2");
        String task = given().auth().oauth2(TestTokens.unit("450102001")).get("/api/tasks").then().extract()
                .path("find { it.period == '2027-Q2' }.id");
        byte[] filled = fill(download("450102001", task), Map.of("POPULATION", 12_001, "HOUSEHOLDS", 4_002));
        upload("450102001", task, filled, XLSX, false).statusCode(200)
                .body("accepted.row", equalTo(List.of(4, 5)))
                .body("accepted.indicator", equalTo(List.of("HOUSEHOLDS", "POPULATION")))
                .body("rejected", hasSize(0))
                .body("task.status", equalTo("FULFILLED")).body("task.openIndicators", hasSize(0));
        given().auth().oauth2(statistics).get("/api/data-requests/" + request).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("fields.find { it.indicator == 'POPULATION' }.value", equalTo(12001))
                .body("fields.answeredFrom", everyItem("TASK"));
        given().auth().oauth2(TestTokens.unit("450102001")).get("/api/tasks/" + task + "/workbook").then()
                .statusCode(409).body("violations[0].rule", equalTo("STATUS"));
        upload("450102001", task, filled, XLSX, false).statusCode(409);
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItem(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void aBadRowRefusesTheSheetUnlessPartialAcceptanceIsAskedFor() throws IOException {
        String request = request("450102002", List.of("POPULATION", "SCHOOLS", "FOREST_COVERAGE"), "2027-Q3");
        String task = given().auth().oauth2(TestTokens.unit("450102002")).get("/api/tasks").then().extract()
                .path("find { it.period == '2027-Q3' }.id");
        byte[] sheet = download("450102002", task);
        // Rows by code: FOREST_COVERAGE 4, POPULATION 5, SCHOOLS 6.
        byte[] filled = fill(sheet, Map.of("FOREST_COVERAGE", 120, "POPULATION", 5_000, "SCHOOLS", "三所"));
        String before = db.state();
        upload("450102002", task, filled, XLSX, false).statusCode(400)
                .body("violations.field", equalTo(List.of("rows[4].value", "rows[6].value")))
                .body("violations.rule", equalTo(List.of("VALUE", "FORMAT")))
                .body("violations[0].message", containsString("at most 100"));
        assertEquals(before, db.state(), "a refused sheet stores nothing");

        upload("450102002", task, filled, XLSX, true).statusCode(200)
                .body("accepted", hasSize(1)).body("accepted[0].row", equalTo(5))
                .body("accepted[0].indicator", equalTo("POPULATION"))
                .body("rejected.row", equalTo(List.of(4, 6)))
                .body("rejected[0].violations[0].field", equalTo("rows[4].value"))
                .body("task.status", equalTo("OPEN"))
                .body("task.openIndicators", equalTo(List.of("FOREST_COVERAGE", "SCHOOLS")));
        given().auth().oauth2(statistics).get("/api/data-requests/" + request).then()
                .body("status", equalTo("OPEN"))
                .body("fields.find { it.indicator == 'POPULATION' }.status", equalTo("ANSWERED"))
                .body("fields.find { it.indicator == 'SCHOOLS' }.status", equalTo("PENDING"));
        try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(download("450102002", task)))) {
            assertEquals(List.of("FOREST_COVERAGE", "SCHOOLS"), List.copyOf(rowsByCode(again.getSheetAt(0)).keySet()));
        }

        // The same sheet, its bad rows fixed and sent again: the stored row is not refused as answered.
        byte[] fixed = fill(sheet, Map.of("FOREST_COVERAGE", 61.5, "POPULATION", 5_000, "SCHOOLS", 3));
        upload("450102002", task, fixed, XLSX, false).statusCode(200)
                .body("accepted.indicator", equalTo(List.of("FOREST_COVERAGE", "SCHOOLS")))
                .body("task.status", equalTo("FULFILLED"));
        given().auth().oauth2(statistics).get("/api/data-requests/" + request).then()
                .body("status", equalTo("ANSWERED"))
                .body("fields.find { it.indicator == 'FOREST_COVERAGE' }.value", equalTo(61.5f));
        assertEquals(1, db.count("select count(*) from data_value where unit_code = '450102002' and period = '2027-Q3' "
                + "and indicator = 'POPULATION'"), "the repeated row stored no second version");
    }

    @Test
    void aFormulaCellIsReadByItsCachedResultAndAPercentageAsItShows() throws IOException {
        String task = task("450102101", List.of("HOUSEHOLDS", "FOREST_COVERAGE"), "2027-Q4");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("450102101", task)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            // FOREST_COVERAGE row 4, HOUSEHOLDS row 5; the unit sums two villages' households beside the table.
            sheet.getRow(4).createCell(6).setCellValue(1_200);
            sheet.getRow(4).createCell(7).setCellValue(34);
            XSSFCell households = sheet.getRow(4).getCell(TaskWorkbook.VALUE_COLUMN);
            households.setCellFormula("G5+H5");
            XSSFCell coverage = sheet.getRow(3).getCell(TaskWorkbook.VALUE_COLUMN);
            coverage.setCellValue(0.655);
            XSSFCellStyle percent = book.createCellStyle();
            percent.cloneStyleFrom(coverage.getCellStyle());
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            coverage.setCellStyle(percent);
            byte[] uncomputed = bytes(book);
            upload("450102101", task, uncomputed, XLSX, false).statusCode(400)
                    .body("violations.field", equalTo(List.of("rows[5].value")))
                    .body("violations[0].message", containsString("without its result"));

            // What Excel does on saving: the formula's result is kept in the file with it.
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(households);
            assertEquals("1234", new DataFormatter().formatCellValue(households, book.getCreationHelper()
                    .createFormulaEvaluator()));
            upload("450102101", task, bytes(book), XLSX, false).statusCode(200)
                    .body("accepted.indicator", equalTo(List.of("FOREST_COVERAGE", "HOUSEHOLDS")))
                    .body("task.status", equalTo("FULFILLED"));
        }
        assertEquals("1234", db.text("select trim_scale(value)::text from data_value where unit_code = '450102101' "
                + "and indicator = 'HOUSEHOLDS' and period = '2027-Q4'"));
        assertEquals("65.5", db.text("select trim_scale(value)::text from data_value where unit_code = '450102101' "
                + "and indicator = 'FOREST_COVERAGE' and period = '2027-Q4'"));
    }
}
