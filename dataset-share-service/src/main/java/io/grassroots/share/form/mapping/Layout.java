package io.grassroots.share.form.mapping;

import java.util.List;

/**
 * Where a form's parts are (0-based rows and columns): its title, header rows, the column naming
 * units, each other column with the indicator proposed for it, each data row with its unit, and the
 * cells that could not be read. {@code signature} identifies the headers, to offer a kept mapping again.
 */
public record Layout(String sheet, String title, String period, List<Integer> headerRows, int firstDataRow,
        int unitColumn, List<Column> columns, List<Row> rows, List<Unreadable> unreadable,
        String signature) {

    /** A column other than the unit's: its header (rows joined by " / ") and the indicator proposed. */
    public record Column(int index, String header, String indicator, ColumnMatcher.How match) {
    }

    /** A data row: the text naming its unit and what it matched. */
    public record Row(int row, String text, String unit, UnitMatcher.How match,
            List<UnitMatcher.RegionUnit> candidates) {
    }

    /** A cell in a data row that cannot be read as the form's value. */
    public record Unreadable(int row, int column, String reason) {
    }

    /** The cells of these rows and columns that hold a formula (the first {@code limit}), as Excel names them. */
    public static List<String> formulas(io.grassroots.share.workbook.Grid grid, java.util.Set<Integer> rows,
            java.util.Set<Integer> columns, int limit) {
        List<String> cells = new java.util.ArrayList<>();
        for (int row : new java.util.TreeSet<>(rows)) {
            for (int column : new java.util.TreeSet<>(columns)) {
                if (cells.size() < limit && grid.cell(row, column, false).formula()) {
                    cells.add(letters(column) + (row + 1));
                }
            }
        }
        return cells;
    }

    /** The column's letters as Excel shows them: 0 is A, 26 is AA. */
    public static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** The 0-based column of Excel letters, or -1. */
    public static int column(String letters) {
        if (letters == null || !letters.matches("[A-Za-z]{1,3}")) {
            return -1;
        }
        int c = 0;
        for (char ch : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }
}
