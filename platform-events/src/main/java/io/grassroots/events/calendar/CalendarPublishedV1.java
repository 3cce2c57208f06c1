package io.grassroots.events.calendar;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The official holiday arrangement of a year as a province's coordinator loaded it (the State
 * Council's notice): it replaces whatever was known of that year. On the compacted directory topic,
 * keyed by year, so the latest arrangement of each year is kept. {@code revision} grows with every
 * load, across years: of two arrangements of one year, the one with the higher revision is in force.
 */
@EventType(value = "calendar.published.v1", topic = Topics.DIRECTORY)
public record CalendarPublishedV1(int year, List<Holiday> holidays, List<LocalDate> workdays, String source,
        String loadedBy, Instant loadedAt, long revision) implements PlatformEvent {

    public CalendarPublishedV1 {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    @Override
    public String subject() {
        return "calendar:" + year;
    }

    /** A public holiday: one day and the holiday's name, e.g. 国庆节. */
    public record Holiday(LocalDate date, String name) {
    }
}
