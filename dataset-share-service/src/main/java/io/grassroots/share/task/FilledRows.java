package io.grassroots.share.task;

import io.grassroots.platform.web.Params;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import io.grassroots.share.workbook.Grid;
import io.grassroots.share.workbook.Numbers;
import io.grassroots.share.workbook.Upload;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Reads a filled task sheet back (.xlsx or CSV): finds the header row by its texts (指标代码 and
 * 填报数值, wherever the unit moved those columns), then takes every row below whose value cell is
 * filled. Rows with a blank value are skipped. A formula cell's cached value is read, the result
 * Excel or WPS computed and saved with the file (a unit's sheet may sum); a formula saved without a
 * result (written by a program, never opened) is refused rather than read as 0. A cell formatted as
 * a percentage reads as it shows: 65% is 65.
 */
final class FilledRows {
    /** Rows with a value read at most: a task has one row per field, so more is not a task's sheet. */
    static final int MAX_FILLED = 1000;
    /** Rows searched for the header: the downloaded sheet has it on row 3, a unit may add a few above. */
    private static final int HEADER_SEARCH = 100;

    private FilledRows() {
    }

    /** One row with a value: its Excel row number, the code it names, its number, and what its cells got wrong. */
    record Filled(int row, String indicator, BigDecimal value, boolean percent, List<Violation> problems) {
    }

    private record Header(int row, int code, int value) {
    }

    static List<Filled> read(Upload upload) {
        Grid grid = upload.grid();
        XSSFSheet sheet = upload.workbook() == null ? null : upload.workbook().getSheetAt(upload.sheetIndex());
        Header header = header(grid);
        List<Filled> rows = new ArrayList<>();
        for (int r = header.row() + 1; r < grid.rows(); r++) {
            Grid.Cell value = grid.cell(r, header.value(), false);
            Cell raw = raw(sheet, r, header.value());
            boolean uncomputed = raw != null && raw.getCellType() == CellType.FORMULA
                    && !((XSSFCell) raw).getCTCell().isSetV();
            if (value.blank() && !uncomputed) {
                continue;
            }
            if (rows.size() >= MAX_FILLED) {
                throw ProblemException.invalid("file", "MAX_ROWS", "a task's sheet has one row per field; this one "
                        + "has more than " + MAX_FILLED + " filled rows");
            }
            rows.add(filled(r + 1, grid.cell(r, header.code(), false), value, raw, uncomputed));
        }
        return rows;
    }

    private static Filled filled(int number, Grid.Cell code, Grid.Cell value, Cell raw, boolean uncomputed) {
        String at = "rows[" + number + "]";
        List<Violation> problems = new ArrayList<>();
        String indicator = code.blank() ? null : Normalizer.normalize(code.text(), Normalizer.Form.NFKC).strip();
        if (indicator == null) {
            problems.add(new Violation(at + ".indicator", "REQUIRED", "row " + number
                    + " has a value but no indicator code (指标代码)"));
        }
        BigDecimal read = null;
        boolean percent = false;
        if (uncomputed) {
            problems.add(new Violation(at + ".value", "FORMAT", "the formula in row " + number + " was saved without "
                    + "its result: open the file in Excel or WPS and save it again"));
        } else if (value.kind() == Grid.Kind.ERROR) {
            problems.add(new Violation(at + ".value", "FORMAT", "the cell in row " + number + " shows the error "
                    + value.text()));
        } else if (value.kind() == Grid.Kind.NUMBER) {
            percent = raw != null && raw.getCellStyle().getDataFormatString().contains("%")
                    && (raw.getCellType() == CellType.NUMERIC || raw.getCellType() == CellType.FORMULA);
            read = percent ? plain(value.number().movePointRight(2)) : value.number();
        } else {
            read = percentText(value.text());
            percent = read != null;
            if (read == null) {
                problems.add(new Violation(at + ".value", "FORMAT", "'" + Params.shortened(value.text())
                        + "' in row " + number + " is not a number"));
            }
        }
        return new Filled(number, indicator, read, percent, List.copyOf(problems));
    }

    /** The header row: the first with a cell 指标代码 and a cell 填报数值 (or 数值). */
    private static Header header(Grid grid) {
        for (int r = 0; r < Math.min(grid.rows(), HEADER_SEARCH); r++) {
            int code = -1;
            int value = -1;
            for (int c = 0; c < grid.columns(); c++) {
                String text = normalized(grid.cell(r, c, true).text());
                if (code < 0 && text.startsWith(TaskWorkbook.CODE)) {
                    code = c;
                } else if (value < 0 && (text.startsWith(TaskWorkbook.VALUE) || text.equals("数值"))) {
                    value = c;
                }
            }
            if (code >= 0 && value >= 0) {
                return new Header(r, code, value);
            }
        }
        throw ProblemException.invalid("file", "FORMAT", "no header row with " + TaskWorkbook.CODE + " and "
                + TaskWorkbook.VALUE + " in the first " + HEADER_SEARCH + " rows of sheet " + grid.sheetName()
                + ": fill in the workbook downloaded for this task");
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s*]", "");
    }

    private static Cell raw(XSSFSheet sheet, int row, int column) {
        Row cells = sheet == null ? null : sheet.getRow(row);
        return cells == null ? null : cells.getCell(column);
    }

    /** "65%" typed as text (or in a CSV) reads as 65, like a cell formatted as a percentage. */
    private static BigDecimal percentText(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return t.endsWith("%") ? Numbers.parse(t.substring(0, t.length() - 1)) : null;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal d = value.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
