package io.grassroots.inspection.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's official arrangement in force and where it came from: shipped with the platform, loaded
 * by a coordinator (who, when, from which document), or none yet. Confirmed visits that lie on a day
 * off are listed for the coordinator; a load also answers which planned visits moved.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarView(int year, Status status, String source, String loadedBy, Instant loadedAt, Long version,
        List<Holiday> holidays, List<LocalDate> workdays, List<ScheduleOnCalendar.Moved> rescheduled, Integer unplaced,
        List<ScheduleOnCalendar.OnHoliday> confirmedOnHolidays) {

    /** SHIPPED: the platform's own data; LOADED: a coordinator's load (it wins); NONE: weekends only. */
    public enum Status {
        SHIPPED, LOADED, NONE
    }

    /** A public holiday: the day and the holiday's name. */
    public record Holiday(LocalDate date, String name) {
    }
}
