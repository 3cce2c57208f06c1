package io.grassroots.share.workbook;

import java.math.BigDecimal;
import java.util.List;

/** A CSV file's rows as a grid: every field is text, or a number when it reads as one. */
final class CsvGrid implements Grid {
    private final List<List<String>> rows;
    private final int columns;

    CsvGrid(List<List<String>> rows) {
        this.rows = rows;
        this.columns = rows.stream().mapToInt(List::size).max().orElse(0);
    }

    @Override
    public String sheetName() {
        return "表格";
    }

    @Override
    public int rows() {
        return rows.size();
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public Cell cell(int row, int column, boolean merged) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
            return Cell.BLANK;
        }
        String text = rows.get(row).get(column).strip();
        if (text.isEmpty()) {
            return Cell.BLANK;
        }
        BigDecimal number = Numbers.parse(text);
        return number == null ? new Cell(Kind.TEXT, text, null, false) : new Cell(Kind.NUMBER, text, number, false);
    }
}
