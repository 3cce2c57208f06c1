package io.grassroots.share.workbook;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** An .xlsx sheet as a grid; merged regions are looked up once, so a header spanning columns reads in each. */
final class XlsxGrid implements Grid {
    private final XSSFSheet sheet;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final int columns;

    XlsxGrid(XSSFSheet sheet, int maxColumns) {
        this.sheet = sheet;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // Only the cells a reader asks about: a region is bounded by the sheet's limits.
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), sheet.getLastRowNum()); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), maxColumns); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
        int widest = 0;
        for (Row row : sheet) {
            widest = Math.max(widest, row.getLastCellNum());
        }
        this.columns = widest;
    }

    @Override
    public String sheetName() {
        return sheet.getSheetName();
    }

    @Override
    public int rows() {
        return sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public Cell cell(int row, int column, boolean mergedAsFirst) {
        int r = row;
        int c = column;
        CellRangeAddress region = mergedAsFirst ? merged.get(key(row, column)) : null;
        if (region != null) {
            r = region.getFirstRow();
            c = region.getFirstColumn();
        }
        Row cells = sheet.getRow(r);
        return cells == null ? Cell.BLANK : read(cells.getCell(c));
    }

    static Cell read(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return Cell.BLANK;
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Cell(Kind.TEXT, cell.getLocalDateTimeCellValue().toLocalDate().toString(), null, formula)
                    : number(Numbers.of(cell.getNumericCellValue()), formula);
            case STRING -> text(cell.getStringCellValue(), formula);
            case BOOLEAN ->
                new Cell(Kind.TEXT, String.valueOf(cell.getBooleanCellValue()).toUpperCase(), null, formula);
            case ERROR -> new Cell(Kind.ERROR, error(cell.getErrorCellValue()), null, formula);
            default -> formula ? new Cell(Kind.BLANK, "", null, true) : Cell.BLANK;
        };
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static Cell number(BigDecimal value, boolean formula) {
        return new Cell(Kind.NUMBER, value.toPlainString(), value, formula);
    }

    private static Cell text(String value, boolean formula) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return formula ? new Cell(Kind.BLANK, "", null, true) : Cell.BLANK;
        }
        BigDecimal number = Numbers.parse(text);
        return number == null ? new Cell(Kind.TEXT, text, null, formula) : new Cell(Kind.NUMBER, text, number, formula);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
