package io.grassroots.share.workbook;

import java.math.BigDecimal;

/** A sheet's cells as text and numbers, whatever file they came from (xlsx or csv), 0-based. */
public interface Grid {
    String sheetName();

    /** Rows in use (the last non-empty row + 1). */
    int rows();

    /** Columns in use. */
    int columns();

    /** The cell; a cell inside a merged region reads as the region's first cell when {@code merged}. */
    Cell cell(int row, int column, boolean merged);

    /** What a cell holds; a formula's cached result is kept with {@code formula} set. */
    enum Kind {
        BLANK, TEXT, NUMBER, ERROR
    }

    /** One cell: its text (trimmed, never null), its number when numeric, and whether a formula made it. */
    record Cell(Kind kind, String text, BigDecimal number, boolean formula) {
        public static final Cell BLANK = new Cell(Kind.BLANK, "", null, false);

        public boolean blank() {
            return kind == Kind.BLANK || kind == Kind.TEXT && text.isEmpty();
        }
    }
}
