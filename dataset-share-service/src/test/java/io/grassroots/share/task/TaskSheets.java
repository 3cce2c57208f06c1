package io.grassroots.share.task;

import static io.restassured.RestAssured.given;

import io.grassroots.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A unit's task workbook in the tests: the request that opens the task, the download, Excel's filling, the upload. */
final class TaskSheets {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TaskSheets() {
    }

    /** Files a request nobody can answer yet, so that the unit gets a task for it, and returns the task's id. */
    static String task(String unit, List<String> indicators, String period) {
        request(unit, indicators, period);
        return given().auth().oauth2(TestTokens.unit(unit)).get("/api/tasks").then().statusCode(200).extract()
                .path("find { it.period == '" + period + "' }.id");
    }

    /** Files 450102-statistics's request of the unit's figures for the period, due 2026-04-30; returns its id. */
    static String request(String unit, List<String> indicators, String period) {
        String statistics = TestTokens.department("450102-statistics", "450102");
        return given().auth().oauth2(statistics).contentType(ContentType.JSON)
                .body(Map.of("title", "季度情况", "indicators", indicators, "units", List.of(unit), "period", period,
                        "dueDate", "2026-04-30"))
                .post("/api/data-requests").then().statusCode(201).extract().path("id");
    }

    /** The task's workbook as the unit downloads it. */
    static byte[] download(String unit, String task) {
        return given().auth().oauth2(TestTokens.unit(unit)).get("/api/tasks/" + task + "/workbook").then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
    }

    /** The unit's upload of a file for the task, all or nothing unless partial. */
    static ValidatableResponse upload(String unit, String task, byte[] body, String type, boolean partial) {
        return given().auth().oauth2(TestTokens.unit(unit)).contentType(type).body(body)
                .post("/api/tasks/" + task + "/workbook" + (partial ? "?partial=true" : "")).then();
    }

    /** The value cell of each indicator's row, by code, with its Excel row number. */
    static Map<String, Integer> rowsByCode(XSSFSheet sheet) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int r = TaskWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            rows.put(sheet.getRow(r).getCell(0).getStringCellValue(), r + 1);
        }
        return rows;
    }

    /** The downloaded workbook with values typed in, as a unit would in Excel. */
    static byte[] fill(byte[] workbook, Map<String, Object> values) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet sheet = book.getSheetAt(0);
            rowsByCode(sheet).forEach((code, excelRow) -> {
                Object value = values.get(code);
                Cell cell = sheet.getRow(excelRow - 1).getCell(TaskWorkbook.VALUE_COLUMN);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof String s) {
                    cell.setCellValue(s);
                }
            });
            return bytes(book);
        }
    }

    static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
