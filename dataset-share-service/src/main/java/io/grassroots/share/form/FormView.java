package io.grassroots.share.form;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A form as the department reviews it: where its parts are (Excel's row numbers and column letters),
 * the indicator proposed for each column, the rows needing attention, unreadable cells and, once
 * filed, the request's figures.
 */
public record FormView(UUID id, String departmentId, String fileName, String status, Instant createdAt, String sheet,
        List<Integer> headerRows, int firstDataRow, String unitColumn, String title, String period, boolean remembered,
        List<ColumnView> columns, int rowsTotal, int rowsMatched, List<RowView> rows, List<CellView> unreadable,
        UUID requestId, Summary summary) {

    /** A column, its header, and the indicator proposed (or confirmed) with how it was found. */
    public record ColumnView(String column, String header, String indicator, String indicatorName, String match) {
    }

    /** A data row: its Excel row number, the text naming its unit, and what that matched. */
    public record RowView(int row, String text, String unit, String unitName, String match,
            List<Candidate> candidates) {
    }

    /** A unit an ambiguous name may mean. */
    public record Candidate(String code, String name, String parentName) {
    }

    /** A cell that cannot be read, as Excel names it (D7). */
    public record CellView(String cell, String reason) {
    }

    /** The filed request's figures, in cells of this form. */
    public record Summary(int cellsTotal, int filledFromShared, int askedOfUnits, int coalesced, int awaiting,
            int minutesSaved, String requestStatus) {
    }

    /** A form in the department's list. */
    public record Item(UUID id, String fileName, String title, String status, String period, Instant createdAt,
            UUID requestId, int rowsTotal, int columnsMapped) {
    }
}
