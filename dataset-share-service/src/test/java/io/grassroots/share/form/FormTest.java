package io.grassroots.share.form;

import static io.restassured.RestAssured.given;

import static io.grassroots.share.form.FormApi.DUE;
import static io.grassroots.share.form.FormApi.EMERGENCY;
import static io.grassroots.share.form.FormApi.STATISTICS;
import static io.grassroots.share.form.FormApi.confirm;
import static io.grassroots.share.form.FormApi.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A department's own form in, the same workbook back filled from shared data, the rest asked of units once. */
@QuarkusTest
class FormTest extends ShareTest {
    private static XSSFWorkbook download(String token, String id) {
        Response response = given().auth().oauth2(token).get("/api/forms/" + id + "/workbook");
        response.then().statusCode(200).contentType(Forms.XLSX);
        assertTrue(response.header("Content-Disposition").contains("filename*=UTF-8''"),
                response.header("Content-Disposition"));
        byte[] bytes = response.asByteArray();
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target/filled-form.xlsx"), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Forms.read(bytes);
    }

    private static XSSFCell cell(XSSFSheet sheet, String address) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        var row = sheet.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    private static boolean highlighted(XSSFCell cell) {
        return cell != null && cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND
                && cell.getCellStyle().getFillForegroundColor() == IndexedColors.LIGHT_YELLOW.getIndex();
    }

    @Test
    void aQuarterlyFormComesBackFilledWithSourcesAndTheRestAskedOnce() throws Exception {
        report("450105001002", "RESIDENT_POPULATION", "2026-Q1", 1200);
        report("450105001002", "POPULATION", "2026-Q1", 1300);
        report("450105002002", "RESIDENT_POPULATION", "2026-Q1", 800);
        var before = given().auth().oauth2(EMERGENCY).get("/api/share/stats?year=2026").then().statusCode(200)
                .extract().jsonPath();

        Response proposed = upload(EMERGENCY, Forms.quarterly(), Forms.XLSX, "2026一季度基本情况.xlsx");
        proposed.then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("2026年第一季度基层基本情况统计表"))
                .body("period", equalTo("2026-Q1"))
                .body("headerRows", equalTo(List.of(2, 3)))
                .body("firstDataRow", equalTo(4))
                .body("unitColumn", equalTo("B"))
                .body("columns.column", equalTo(List.of("A", "C", "D", "E", "F", "G")))
                .body("columns.indicator", equalTo(java.util.Arrays.asList(null, "RESIDENT_POPULATION", "POPULATION",
                        "SAFETY_INCIDENTS", null, null)))
                .body("columns.match", equalTo(List.of("NONE", "NAME", "ALIAS", "ALIAS", "NONE", "NONE")))
                .body("columns[1].header", equalTo("人口情况 / 常住人口（人）"))
                .body("rowsTotal", equalTo(4))
                .body("rowsMatched", equalTo(2))
                .body("rows.row", equalTo(List.of(6, 7)))
                .body("rows[0].match", equalTo("AMBIGUOUS"))
                .body("rows[0].candidates.parentName", equalTo(List.of("城关镇", "新华镇")))
                .body("rows[1].match", equalTo("UNKNOWN"));
        String id = proposed.path("id");

        confirm(EMERGENCY, id, Map.of("title", "2026年一季度基本情况", "period", "2026-Q1", "dueDate", DUE,
                "rows", List.of(Map.of("row", 6, "unit", "450105001001")))).then().statusCode(200)
                .body("status", equalTo("FILED"))
                .body("rowsMatched", equalTo(3))
                .body("summary.cellsTotal", equalTo(9))
                .body("summary.filledFromShared", equalTo(3))
                .body("summary.askedOfUnits", equalTo(6))
                .body("summary.awaiting", equalTo(6))
                .body("summary.requestStatus", equalTo("OPEN"));
        var after = given().auth().oauth2(EMERGENCY).get("/api/share/stats?year=2026").then().extract().jsonPath();
        assertEquals(before.getLong("fieldsRequested") + 9, after.getLong("fieldsRequested"),
                "a form's cells count like a request's fields");
        assertEquals(before.getLong("answeredFromShared") + 3, after.getLong("answeredFromShared"));
        assertEquals(before.getLong("forms.filed") + 1, after.getLong("forms.filed"));
        assertEquals(before.getLong("forms.cells") + 9, after.getLong("forms.cells"));
        assertEquals(before.getLong("forms.filledFromShared") + 3, after.getLong("forms.filledFromShared"));

        try (XSSFWorkbook filled = download(EMERGENCY, id)) {
            XSSFSheet sheet = filled.getSheet("Sheet1");
            assertEquals("2026年第一季度基层基本情况统计表", cell(sheet, "A1").getStringCellValue());
            assertTrue(cell(sheet, "A1").getCellStyle().getFont().getBold(), "the title keeps its formatting");
            assertEquals(6, sheet.getNumMergedRegions());
            assertTrue(sheet.getMergedRegions().contains(CellRangeAddress.valueOf("C2:D2")));
            assertEquals(20 * 256, sheet.getColumnWidth(1));
            assertEquals("户籍人口数", cell(sheet, "D3").getStringCellValue());
            assertEquals(1200, cell(sheet, "C4").getNumericCellValue());
            assertEquals(1300, cell(sheet, "D4").getNumericCellValue());
            assertEquals(800, cell(sheet, "C5").getNumericCellValue());
            String comment = cell(sheet, "C4").getCellComment().getString().getString();
            assertTrue(comment.contains("基层单位填报") && comment.contains("第 1 版"), comment);
            for (String asked : List.of("E4", "D5", "E5", "C6", "D6", "E6")) {
                assertTrue(highlighted(cell(sheet, asked)), asked + " is asked of the unit and highlighted");
                assertEquals("", cell(sheet, asked).toString(), asked + " is left blank");
            }
            assertTrue(!highlighted(cell(sheet, "F4")) && !highlighted(cell(sheet, "C7")),
                    "unmapped columns and rows are left as they were");
            assertEquals("合计", cell(sheet, "B7").getStringCellValue());
            XSSFSheet sources = filled.getSheet("数据来源");
            assertEquals(3, sources.getLastRowNum(), "one provenance line per filled cell");
            assertEquals("C4", sources.getRow(1).getCell(0).getStringCellValue());
            assertEquals("RESIDENT_POPULATION", sources.getRow(1).getCell(1).getStringCellValue());
            assertEquals("基层单位填报", sources.getRow(1).getCell(2).getStringCellValue());
            XSSFSheet summary = filled.getSheet("汇总");
            assertNotNull(summary);
            assertEquals("3", valueOf(summary, "本表由共享数据填写的单元格"));
            assertEquals("6", valueOf(summary, "本表待基层单位填报的单元格（黄色）"));
        }

        // The unit answers its task once; the form fills in on the next download.
        String unit = TestTokens.unit("450105001001");
        Response tasks = given().auth().oauth2(unit).get("/api/tasks?status=OPEN");
        String task = tasks.path("find { it.period == '2026-Q1' }.id");
        assertEquals(List.of("POPULATION", "RESIDENT_POPULATION", "SAFETY_INCIDENTS"),
                tasks.path("find { it.period == '2026-Q1' }.indicators"));
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("values", List.of(
                Map.of("indicator", "RESIDENT_POPULATION", "value", 640),
                Map.of("indicator", "POPULATION", "value", 700),
                Map.of("indicator", "SAFETY_INCIDENTS", "value", 0)))).post("/api/tasks/" + task + "/submit")
                .then().statusCode(200).body("status", equalTo("FULFILLED"));
        try (XSSFWorkbook filled = download(EMERGENCY, id)) {
            XSSFSheet sheet = filled.getSheet("Sheet1");
            assertEquals(640, cell(sheet, "C6").getNumericCellValue());
            assertTrue(!highlighted(cell(sheet, "C6")));
            assertEquals("3", valueOf(filled.getSheet("汇总"), "本表待基层单位填报的单元格（黄色）"));
        }
    }

    private static String valueOf(XSSFSheet summary, String label) {
        for (var row : summary) {
            if (label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        return null;
    }

    @Test
    void theNextFormWithTheSameHeadersIsOfferedTheConfirmedMapping() {
        byte[] form = Forms.workbook(sheet -> {
            Forms.row(sheet, 0, "单位", "常住人口", "道路里程");
            Forms.row(sheet, 1, "和平村");
            Forms.row(sheet, 2, "团结村");
        });
        String first = upload(STATISTICS, form, Forms.XLSX, "roads.xlsx").then().statusCode(201)
                .body("remembered", equalTo(false)).body("columns.indicator", equalTo(java.util.Arrays.asList(
                        "RESIDENT_POPULATION", null)))
                .extract().path("id");
        confirm(STATISTICS, first, Map.of("title", "人口", "period", "2025", "dueDate", DUE, "columns",
                List.of(Map.of("column", "B", "indicator", "POPULATION")))).then().statusCode(200)
                .body("columns[0].match", equalTo("CONFIRMED"));
        upload(STATISTICS, form, Forms.XLSX, "roads-again.xlsx").then().statusCode(201)
                .body("remembered", equalTo(true))
                .body("columns.indicator", equalTo(java.util.Arrays.asList("POPULATION", null)))
                .body("columns.match", equalTo(List.of("REMEMBERED", "REMEMBERED")));
        // Another department's mapping is its own.
        upload(EMERGENCY, form, Forms.XLSX, "roads.xlsx").then().statusCode(201).body("remembered", equalTo(false));
    }

    @Test
    void aCsvSavedByExcelOnChineseWindowsIsReadAndAnsweredAsAWorkbook() {
        report("450105002002", "HOUSEHOLDS", "2025", 310);
        byte[] csv = "单位名称,总户数,备注\r\n团结村,,\r\n新华镇新村,,\r\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        String id = upload(STATISTICS, csv, "text/csv", "户数.csv").then().statusCode(201)
                .body("columns.indicator", equalTo(java.util.Arrays.asList("HOUSEHOLDS", null)))
                .body("rowsMatched", equalTo(2)).extract().path("id");
        confirm(STATISTICS, id, Map.of("title", "户数", "period", "2025", "dueDate", DUE)).then().statusCode(200)
                .body("summary.filledFromShared", equalTo(1));
        Response response = given().auth().oauth2(STATISTICS).get("/api/forms/" + id + "/workbook");
        assertTrue(response.header("Content-Disposition").contains(java.net.URLEncoder.encode("户数（已填）.xlsx",
                java.nio.charset.StandardCharsets.UTF_8)));
        try (XSSFWorkbook filled = Forms.read(response.asByteArray())) {
            XSSFSheet sheet = filled.getSheetAt(0);
            assertEquals("团结村", cell(sheet, "A2").getStringCellValue());
            assertEquals(310, cell(sheet, "B2").getNumericCellValue());
            assertTrue(highlighted(cell(sheet, "B3")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
