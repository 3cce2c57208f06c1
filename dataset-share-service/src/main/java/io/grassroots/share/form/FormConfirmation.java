package io.grassroots.share.form;

import io.grassroots.calendar.Period;
import io.grassroots.share.request.DataRequestInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The department's corrections to a proposed mapping, with the request's title, period and due date;
 * unlisted columns and rows keep the proposal, a null indicator or unit leaves one out. The title, period
 * and due date have the shape of a {@link DataRequestInput}'s; the corrections are judged against the form
 * by {@link FormCorrections}.
 */
public record FormConfirmation(
        @NotBlank @Size(max = DataRequestInput.MAX_TITLE) String title,
        @NotNull @Pattern(regexp = Period.PATTERN, message = "is not a period: " + Period.RULE) String period,
        @NotNull LocalDate dueDate,
        List<ColumnChoice> columns,
        List<RowChoice> rows) {

    /** Column (letters, as Excel names it) to indicator code, or null to leave it out. */
    public record ColumnChoice(String column, String indicator) {
    }

    /** Row (Excel's number) to unit code, or null to leave it out. */
    public record RowChoice(Integer row, String unit) {
    }
}
