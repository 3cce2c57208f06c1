package io.grassroots.calendar;

import java.time.LocalDate;

/**
 * Notice counted in official working days, the one arithmetic behind a plan's window, a visit's
 * confirmation and a data request's due date: the due day must lie on or after the required
 * number of working days from the day notice is given.
 */
public final class Notice {
    private final WorkingCalendar calendar;
    private final LocalDate given;
    private final LocalDate due;
    private final int required;
    private final LocalDate earliest;

    private Notice(WorkingCalendar calendar, LocalDate given, LocalDate due, int required) {
        this.calendar = calendar;
        this.given = given;
        this.due = due;
        this.required = required;
        this.earliest = calendar.plusWorkingDays(given, required);
    }

    /** Notice given on {@code given} for something due on {@code due}, where {@code required} days are owed. */
    public static Notice of(WorkingCalendar calendar, LocalDate given, LocalDate due, int required) {
        return new Notice(calendar, given, due, required);
    }

    /** Whether the due day leaves the required working days. */
    public boolean enough() {
        return !due.isBefore(earliest);
    }

    /** The first day that would leave enough notice. */
    public LocalDate earliest() {
        return earliest;
    }

    public int required() {
        return required;
    }

    /** Working days between the two days; counted only when asked, as a far due day takes long to count. */
    public int daysGiven() {
        return due.isAfter(given) ? calendar.workingDaysAfter(given, due) : 0;
    }
}
