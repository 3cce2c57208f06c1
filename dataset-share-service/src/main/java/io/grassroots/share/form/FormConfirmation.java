package io.grassroots.share.form;

import java.time.LocalDate;
import java.util.List;

/**
 * The department's corrections to a proposed mapping, with the request's title, period and due date;
 * unlisted columns and rows keep the proposal, a null indicator or unit leaves one out.
 */
public record FormConfirmation(String title, String period, LocalDate dueDate, List<ColumnChoice> columns,
        List<RowChoice> rows) {

    /** Column (letters, as Excel names it) to indicator code, or null to leave it out. */
    public record ColumnChoice(String column, String indicator) {
    }

    /** Row (Excel's number) to unit code, or null to leave it out. */
    public record RowChoice(Integer row, String unit) {
    }
}
