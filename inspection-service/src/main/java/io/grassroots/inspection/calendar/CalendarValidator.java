package io.grassroots.inspection.calendar;

import io.grassroots.inspection.calendar.CalendarRequest.HolidayEntry;
import io.grassroots.platform.web.Violations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what spans a well-formed arrangement (Bean Validation on {@link CalendarRequest} checked each
 * field): every date in its year, each day once, and 调休 days on weekends only.
 */
final class CalendarValidator {
    /** A year has seven holidays of at most eight days: 60 leaves room and refuses nonsense. */
    static final int MAX_HOLIDAYS = 60;
    static final int MAX_WORKDAYS = 30;
    static final int MAX_NAME = 50;
    static final int MAX_SOURCE = 200;

    private CalendarValidator() {
    }

    static void validate(CalendarRequest request, int year, Violations v) {
        List<HolidayEntry> holidays = request.holidays();
        List<LocalDate> workdays = request.workdays() == null ? List.of() : request.workdays();
        Set<LocalDate> holidayDays = new HashSet<>();
        for (int i = 0; i < holidays.size(); i++) {
            String field = "holidays[" + i + "].date";
            LocalDate day = holidays.get(i).date();
            if (inYear(field, day, year, v) && !holidayDays.add(day)) {
                v.add(field, "UNIQUE", day + " is listed twice as a holiday");
            }
        }
        Set<LocalDate> workdayDays = new HashSet<>();
        for (int i = 0; i < workdays.size(); i++) {
            LocalDate day = workdays.get(i);
            String field = "workdays[" + i + "]";
            if (!inYear(field, day, year, v)) {
                continue;
            }
            if (!workdayDays.add(day)) {
                v.add(field, "UNIQUE", day + " is listed twice as a working day");
            } else if (holidayDays.contains(day)) {
                v.add(field, "CONFLICT", day + " is listed both as a holiday and as a working day");
            } else if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                v.add(field, "WEEKEND", day + " is a " + day.getDayOfWeek() + ": only a Saturday or Sunday "
                        + "can be declared a working day (调休上班)");
            }
        }
    }

    private static boolean inYear(String field, LocalDate day, int year, Violations v) {
        if (day.getYear() != year) {
            v.add(field, "YEAR", day + " lies outside " + year);
            return false;
        }
        return true;
    }
}
