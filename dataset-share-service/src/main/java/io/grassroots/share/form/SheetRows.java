package io.grassroots.share.form;

import io.grassroots.share.workbook.Grid;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A sheet's rows taken out of a template, so that they can be streamed back with values filled in:
 * a streaming workbook only writes rows after a template's last one, and a fully loaded one needs
 * about 1.5 KB of heap per cell (a province's form of half a million cells would not fit).
 */
record SheetRows(List<RowCopy> rows) {

    /** One row: its height and style, and its cells. */
    record RowCopy(int row, short height, CellStyle style, List<CellCopy> cells) {
    }

    /** One cell's value (a String, Double, Boolean, formula text or error code) and style. */
    record CellCopy(int column, Kind kind, Object value, CellStyle style) {
    }

    /** What a copied cell holds. */
    enum Kind { TEXT, NUMBER, BOOLEAN, FORMULA, ERROR, BLANK }

    /** The sheet's rows, removed from it. */
    static SheetRows take(XSSFSheet sheet) {
        List<RowCopy> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<CellCopy> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(copy(cell));
            }
            rows.add(new RowCopy(row.getRowNum(), row.isFormatted() || row.getHeight() != sheet.getDefaultRowHeight()
                    ? row.getHeight() : -1, row.isFormatted() ? row.getRowStyle() : null, cells));
        }
        // First to last: POI counts the rows before the one removed, so the first costs least (last to
        // first made a province's form quadratic: 3 s of the fill).
        for (RowCopy row : rows) {
            sheet.removeRow(sheet.getRow(row.row()));
        }
        return new SheetRows(rows);
    }

    /** A CSV's rows as text and numbers, without styles. */
    static SheetRows of(Grid grid) {
        List<RowCopy> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<CellCopy> cells = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                Grid.Cell cell = grid.cell(r, c, false);
                if (cell.kind() == Grid.Kind.NUMBER && cell.text().length() < 16) {
                    cells.add(new CellCopy(c, Kind.NUMBER, cell.number().doubleValue(), null));
                } else if (!cell.blank()) {
                    cells.add(new CellCopy(c, Kind.TEXT, cell.text(), null));
                }
            }
            rows.add(new RowCopy(r, (short) -1, null, cells));
        }
        return new SheetRows(rows);
    }

    private static CellCopy copy(Cell cell) {
        CellStyle style = cell.getCellStyle();
        int c = cell.getColumnIndex();
        return switch (cell.getCellType()) {
            case STRING -> new CellCopy(c, Kind.TEXT, cell.getStringCellValue(), style);
            case NUMERIC -> new CellCopy(c, Kind.NUMBER, cell.getNumericCellValue(), style);
            case BOOLEAN -> new CellCopy(c, Kind.BOOLEAN, cell.getBooleanCellValue(), style);
            case FORMULA -> new CellCopy(c, Kind.FORMULA, cell.getCellFormula(), style);
            case ERROR -> new CellCopy(c, Kind.ERROR, cell.getErrorCellValue(), style);
            default -> new CellCopy(c, Kind.BLANK, null, style);
        };
    }

    /** Writes a copied cell into a row of the streaming workbook. */
    static void write(CellCopy copy, Row row) {
        Cell cell = row.createCell(copy.column());
        if (copy.style() != null) {
            cell.setCellStyle(copy.style());
        }
        switch (copy.kind()) {
            case TEXT -> cell.setCellValue((String) copy.value());
            case NUMBER -> cell.setCellValue((Double) copy.value());
            case BOOLEAN -> cell.setCellValue((Boolean) copy.value());
            case FORMULA -> cell.setCellFormula((String) copy.value());
            case ERROR -> cell.setCellErrorValue((Byte) copy.value());
            default -> cell.setBlank();
        }
    }
}
