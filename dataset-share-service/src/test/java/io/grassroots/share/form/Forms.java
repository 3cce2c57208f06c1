package io.grassroots.share.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real workbooks as departments make them, built with Apache POI for the tests. */
final class Forms {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Forms() {
    }

    /**
     * A quarterly form: a merged title, two header rows (人口情况 over two columns, merged 序号, 单位名称
     * and 备注 cells), an alias, an unknown column, unit names (one ambiguous, one a code) and a total row.
     */
    static byte[] quarterly() {
        return workbook(sheet -> {
            row(sheet, 0, "2026年第一季度基层基本情况统计表");
            row(sheet, 1, "序号", "单位名称", "人口情况", null, "安全生产", "村道里程（公里）", "备注");
            row(sheet, 2, null, null, "常住人口（人）", "户籍人口数", "安全生产事故起数", null, null);
            row(sheet, 3, "1", "和平村");
            row(sheet, 4, "2", "450105002002");
            row(sheet, 5, "3", "新村");
            row(sheet, 6, null, "合计");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 5, 5));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 6, 6));
            sheet.setColumnWidth(1, 20 * 256);
            CellStyle bold = sheet.getWorkbook().createCellStyle();
            var font = sheet.getWorkbook().createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
        });
    }

    /** A workbook of one sheet built by {@code content}. */
    static byte[] workbook(java.util.function.Consumer<XSSFSheet> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook.createSheet("Sheet1"));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(org.apache.poi.ss.usermodel.Workbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes texts into a row; a null leaves the cell out (it may lie in a merged region). */
    static void row(XSSFSheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                row.createCell(i).setCellValue(texts[i]);
            }
        }
    }

    static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
