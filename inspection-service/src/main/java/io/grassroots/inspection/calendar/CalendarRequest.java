package io.grassroots.inspection.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's arrangement as the State Council published it: the public holidays, the weekend days
 * that are working days (调休上班), and the document it comes from.
 */
public record CalendarRequest(
        @NotEmpty(message = "holidays must list the year's public holidays") @Size(max = CalendarValidator.MAX_HOLIDAYS,
                message = "at most 60 holidays in a year") List<@NotNull @Valid HolidayEntry> holidays,
        @Size(max = CalendarValidator.MAX_WORKDAYS,
                message = "at most 30 working weekend days in a year") List<@NotNull LocalDate> workdays,
        @NotBlank @Size(max = CalendarValidator.MAX_SOURCE) String source) {

    /** One day off and the holiday it belongs to, e.g. 2027-10-01 国庆节. */
    public record HolidayEntry(@NotNull LocalDate date, @NotBlank @Size(max = CalendarValidator.MAX_NAME) String name) {
    }
}
