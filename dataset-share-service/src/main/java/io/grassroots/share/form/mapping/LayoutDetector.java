package io.grassroots.share.form.mapping;

import io.grassroots.share.workbook.Grid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a form as departments send them: perhaps a title row, one or two header rows (a group header
 * merged over the columns it names), a column naming units, one row per unit, perhaps notes and a
 * total row. The first rows whose cells name units of the region mark the data; the rows just above
 * them are the headers.
 */
public final class LayoutDetector {
    /** Rows searched for the first data row. */
    private static final int SCAN_ROWS = 40;
    /** Rows looked at to choose between columns that name units (a township and a village column). */
    private static final int SAMPLE_ROWS = 300;
    private static final int MAX_UNREADABLE = 200;

    private final ColumnMatcher columns;
    private final UnitMatcher units;

    public LayoutDetector(ColumnMatcher columns, UnitMatcher units) {
        this.columns = columns;
        this.units = units;
    }

    public Layout detect(Grid grid) {
        int[] start = firstData(grid);
        int firstRow = start[0];
        int unitColumn = start[1];
        List<Integer> headerRows = headerRows(grid, firstRow, unitColumn);
        String title = title(grid, headerRows.isEmpty() ? firstRow : headerRows.get(0));
        List<Layout.Column> cols = columns(grid, headerRows, unitColumn, firstRow);
        if (cols.stream().allMatch(c -> c.indicator() == null)) {
            throw new FormRefusal("NO_INDICATOR", "no column header names an indicator of the catalog (by code, name "
                    + "or alias): " + String.join(", ", cols.stream().map(Layout.Column::header).limit(20).toList()));
        }
        List<Layout.Row> rows = new ArrayList<>();
        List<Layout.Unreadable> unreadable = new ArrayList<>();
        for (int r = firstRow; r < grid.rows(); r++) {
            if (blankRow(grid, r)) {
                continue;
            }
            Grid.Cell unitCell = grid.cell(r, unitColumn, false);
            if (unitCell.kind() == Grid.Kind.ERROR && unreadable.size() < MAX_UNREADABLE) {
                unreadable.add(new Layout.Unreadable(r, unitColumn, "an error value " + unitCell.text()
                        + " where a unit is named"));
            }
            List<String> rowTexts = new ArrayList<>();
            for (int c = 0; c < unitColumn; c++) {
                rowTexts.add(grid.cell(r, c, true).text());
            }
            UnitMatcher.Match match = units.match(unitCell.text(), rowTexts);
            rows.add(new Layout.Row(r, unitCell.text(), match.code(), match.how(), match.candidates()));
            for (Layout.Column col : cols) {
                Grid.Cell cell = grid.cell(r, col.index(), false);
                String reason = cell.kind() == Grid.Kind.ERROR ? "an error value " + cell.text()
                        : col.indicator() != null && cell.kind() == Grid.Kind.TEXT && !cell.text().isEmpty()
                                ? "text where a number is expected: " + shortened(cell.text()) : null;
                if (reason != null && unreadable.size() < MAX_UNREADABLE) {
                    unreadable.add(new Layout.Unreadable(r, col.index(), reason));
                }
            }
        }
        return new Layout(grid.sheetName(), title, PeriodGuess.of(title), headerRows, firstRow, unitColumn, cols, rows,
                unreadable, signature(unitColumn, cols));
    }

    /** The first row naming a unit and the column doing so; of several, the one naming most distinct units. */
    private int[] firstData(Grid grid) {
        for (int r = 0; r < Math.min(grid.rows(), SCAN_ROWS); r++) {
            List<Integer> naming = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                if (units.names(grid.cell(r, c, false).text())) {
                    naming.add(c);
                }
            }
            if (!naming.isEmpty()) {
                int best = naming.get(0);
                int bestCount = -1;
                for (int c : naming) {
                    Set<String> distinct = new HashSet<>();
                    for (int s = r; s < Math.min(grid.rows(), r + SAMPLE_ROWS); s++) {
                        String text = grid.cell(s, c, false).text();
                        if (units.names(text)) {
                            distinct.add(text);
                        }
                    }
                    if (distinct.size() >= bestCount) {
                        best = c;
                        bestCount = distinct.size();
                    }
                }
                return new int[] { r, best };
            }
        }
        throw new FormRefusal("UNIT_COLUMN", "no column in the first " + SCAN_ROWS + " rows names a unit of your "
                + "region by its code or name");
    }

    /** Up to two rows just above the data: the lower one, and above it a group header that spans it. */
    private static List<Integer> headerRows(Grid grid, int firstRow, int unitColumn) {
        List<Integer> rows = new ArrayList<>();
        int lower = firstRow - 1;
        while (lower >= 0 && blankRow(grid, lower)) {
            lower--;
        }
        if (lower < 0 || titleLike(grid, lower)) {
            return rows;
        }
        rows.add(lower);
        int upper = lower - 1;
        if (upper >= 0 && !titleLike(grid, upper) && filled(grid, upper) * 2 >= filled(grid, lower)) {
            rows.add(0, upper);
        }
        return rows;
    }

    private static String title(Grid grid, int above) {
        for (int r = 0; r < above; r++) {
            if (titleLike(grid, r)) {
                return distinctTexts(grid, r, false).iterator().next();
            }
        }
        return null;
    }

    private List<Layout.Column> columns(Grid grid, List<Integer> headerRows, int unitColumn, int firstRow) {
        List<Layout.Column> cols = new ArrayList<>();
        for (int c = 0; c < grid.columns(); c++) {
            if (c == unitColumn) {
                continue;
            }
            LinkedHashSet<String> parts = new LinkedHashSet<>();
            for (int r : headerRows) {
                String text = grid.cell(r, c, true).text();
                if (!text.isEmpty()) {
                    parts.add(text);
                }
            }
            if (parts.isEmpty() && !hasData(grid, c, firstRow)) {
                continue;
            }
            ColumnMatcher.Match match = columns.match(List.copyOf(parts));
            cols.add(new Layout.Column(c, String.join(" / ", parts), match.code(), match.how()));
        }
        return cols;
    }

    private static boolean hasData(Grid grid, int column, int firstRow) {
        for (int r = firstRow; r < Math.min(grid.rows(), firstRow + SAMPLE_ROWS); r++) {
            if (!grid.cell(r, column, false).blank()) {
                return true;
            }
        }
        return false;
    }

    /** A row holding one text only (merged across the table or not): a title or a subtitle. */
    private static boolean titleLike(Grid grid, int row) {
        return distinctTexts(grid, row, false).size() == 1;
    }

    private static int filled(Grid grid, int row) {
        int n = 0;
        for (int c = 0; c < grid.columns(); c++) {
            n += grid.cell(row, c, true).blank() ? 0 : 1;
        }
        return n;
    }

    private static Set<String> distinctTexts(Grid grid, int row, boolean merged) {
        Set<String> texts = new LinkedHashSet<>();
        for (int c = 0; c < grid.columns(); c++) {
            Grid.Cell cell = grid.cell(row, c, merged);
            if (!cell.blank()) {
                texts.add(cell.text());
            }
        }
        return texts;
    }

    private static boolean blankRow(Grid grid, int row) {
        for (int c = 0; c < grid.columns(); c++) {
            if (!grid.cell(row, c, false).blank()) {
                return false;
            }
        }
        return true;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The headers' identity: the same columns under the same headers give the same signature. */
    static String signature(int unitColumn, List<Layout.Column> cols) {
        StringBuilder s = new StringBuilder(Layout.letters(unitColumn));
        for (Layout.Column c : cols) {
            s.append('|').append(Layout.letters(c.index())).append('=').append(HeaderNames.fold(c.header()));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
