package io.grassroots.inspection.calendar;

import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.platform.security.Caller;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a new official calendar asks of the schedule, implemented by the schedule: the calendar
 * package loads calendars and never reads or writes visits itself.
 */
public interface ScheduleOnCalendar {
    /** A planned visit whose days changed (none left: its plan-targets could not be placed again). */
    record Moved(UUID visitId, String unitCode, List<LocalDate> from, List<LocalDate> to) {
    }

    /** A confirmed visit on a day that is no longer a working day: for the coordinator to decide. */
    record OnHoliday(UUID visitId, String unitCode, LocalDate date, String holiday) {
    }

    /** What the change did: visits moved, plan-targets left unplaced, confirmed visits on days off. */
    record Outcome(List<Moved> rescheduled, int unplaced, List<OnHoliday> confirmedOnHolidays) {
    }

    /** Holds every county's schedule of the year until commit, before anything is read. */
    void lockYear(int year);

    /** Moves the year's planned visits off the days the new official calendar takes away. */
    Outcome apply(int year, WorkingCalendar official, String reason);

    /** Confirmed visits of the year the caller may see that lie on a day the calendar has off. */
    List<OnHoliday> confirmedOnHolidays(int year, WorkingCalendar official, Caller caller);
}
