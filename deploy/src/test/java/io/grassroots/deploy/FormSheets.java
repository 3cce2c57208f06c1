package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.Cookie;

/**
 * Real workbooks for the form journey, built and read with Apache POI: the department's form as it
 * would send it to townships, the files the console hands out fetched with the browser's own session.
 */
final class FormSheets {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Path FILES = Path.of("target", "form-journey");

    private FormSheets() {
    }

    /**
     * A quarterly form: a merged title; two header rows with 基本情况 merged over 常住人口（人） and a column
     * the catalog does not know, 安全生产事故起数 (an alias) under 安全生产, merged 序号, 单位名称 and 备注;
     * one row per unit as {@code units} names them, the notes given; a total row summing each column.
     */
    static byte[] departmentForm(String title, String[] units, String[] notes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("安全生产");
            row(sheet, 0, title);
            row(sheet, 1, "序号", "单位名称", "基本情况", null, "安全生产", "备注");
            row(sheet, 2, null, null, "常住人口（人）", "村道里程（公里）", "安全生产事故起数", null);
            for (int i = 0; i < units.length; i++) {
                Row row = row(sheet, 3 + i, String.valueOf(i + 1), units[i]);
                if (notes[i] != null) {
                    row.createCell(5).setCellValue(notes[i]);
                }
            }
            // A road length the department knows already: the unknown column keeps it.
            sheet.getRow(3).createCell(3).setCellValue(12.5);
            int last = 3 + units.length - 1;
            Row total = row(sheet, last + 1, null, "合计");
            for (String column : new String[] { "C", "D", "E" }) {
                total.createCell(new CellAddress(column + "1").getColumn())
                        .setCellFormula("SUM(" + column + "4:" + column + (last + 1) + ")");
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 5, 5));
            sheet.setColumnWidth(1, 20 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The task's workbook with {@code value} typed in the 填报数值 cell of the row naming {@code indicator}. */
    static byte[] fillTask(byte[] task, String indicator, double value) {
        try (XSSFWorkbook workbook = read(task)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                if (header < 0 && "指标代码".equals(text(row.getCell(0)))) {
                    header = row.getRowNum();
                    assertEquals("填报数值", text(row.getCell(3)), "the value column of the task's sheet");
                } else if (header >= 0 && indicator.equals(text(row.getCell(0)))) {
                    assertEquals(CellType.BLANK, row.getCell(3).getCellType(), "the value is left to the unit");
                    row.getCell(3).setCellValue(value);
                    return bytes(workbook);
                }
            }
            throw new AssertionError("the task's sheet has no row for " + indicator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the browser's file input can take: written under target/form-journey. */
    static Path file(String name, byte[] content) {
        try {
            Files.createDirectories(FILES);
            return Files.write(FILES.resolve(name), content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a download link of the console gives the signed-in user: the browser's session cookie sent along. */
    static byte[] download(Browser browser, String href) {
        Cookie session = browser.driver().manage().getCookieNamed(ConsoleUser.SESSION_COOKIE);
        assertNotNull(session, "signed in");
        try {
            HttpResponse<byte[]> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(30))
                            .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), href + ": " + new String(r.body(), StandardCharsets.UTF_8));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(XLSX), href);
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), href);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell Excel calls {@code address} (B7), or null. */
    static Cell cell(XSSFSheet sheet, String address) {
        CellAddress at = new CellAddress(address);
        Row row = sheet.getRow(at.getRow());
        return row == null ? null : row.getCell(at.getColumn());
    }

    /** Whether a cell is marked as still awaited: a solid light-yellow fill. */
    static boolean highlighted(Cell cell) {
        return cell != null && cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND
                && cell.getCellStyle().getFillForegroundColor() == IndexedColors.LIGHT_YELLOW.getIndex();
    }

    /** Checks a cell the download filled from shared data: its value, not highlighted, a comment naming its source. */
    static void filledFromShared(Cell cell, double value) {
        assertNotNull(cell);
        assertEquals(value, cell.getNumericCellValue(), cell.getAddress().formatAsString());
        assertFalse(highlighted(cell), cell.getAddress().formatAsString());
        assertNotNull(cell.getCellComment(), cell.getAddress() + " says where its value came from");
        assertTrue(cell.getCellComment().getString().getString().contains("基层单位填报"),
                cell.getCellComment().getString().getString());
    }

    static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? null
                : cell.getStringCellValue();
    }

    private static Row row(XSSFSheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                row.createCell(i).setCellValue(texts[i]);
            }
        }
        return row;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
