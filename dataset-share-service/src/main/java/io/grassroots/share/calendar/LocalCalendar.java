package io.grassroots.share.calendar;

import io.grassroots.calendar.OfficialYear;
import io.grassroots.events.calendar.CalendarPublishedV1;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a year's official holiday arrangement, kept from calendar.published.v1. */
@Entity
@Table(name = "official_calendar")
public class LocalCalendar {
    @Id
    public int year;
    /** The holidays, by date. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CalendarPublishedV1.Holiday> holidays;
    /** The weekend days declared working days. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<LocalDate> workdays;
    public String source;
    public String loadedBy;
    public Instant loadedAt;
    /** The publisher's revision: an older arrangement of the year never replaces a newer one. */
    public long revision;
    public Instant receivedAt;

    public OfficialYear arrangement() {
        Map<LocalDate, String> named = new LinkedHashMap<>();
        holidays.forEach(h -> named.put(h.date(), h.name()));
        return new OfficialYear(year, named, new TreeSet<>(workdays));
    }
}
