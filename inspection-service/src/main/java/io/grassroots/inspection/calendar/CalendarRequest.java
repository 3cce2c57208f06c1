package io.grassroots.inspection.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's arrangement as the State Council published it: the public holidays, the weekend days
 * that are working days (调休上班), and the document it comes from.
 */
public record CalendarRequest(List<HolidayEntry> holidays, List<LocalDate> workdays, String source) {

    /** One day off and the holiday it belongs to, e.g. 2027-10-01 国庆节. */
    public record HolidayEntry(LocalDate date, String name) {
    }
}
