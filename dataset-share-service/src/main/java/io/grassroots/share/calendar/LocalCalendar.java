package io.grassroots.share.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import io.grassroots.calendar.OfficialYear;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.platform.web.JsonText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** This service's copy of a year's official holiday arrangement, kept from calendar.published.v1. */
@Entity
@Table(name = "official_calendar")
public class LocalCalendar {
    @Id
    public int year;
    /** JSON list of {date, name}, by date. */
    public String holidays;
    /** JSON list of the weekend days declared working days. */
    public String workdays;
    public String source;
    public String loadedBy;
    public Instant loadedAt;
    /** The publisher's revision: an older arrangement of the year never replaces a newer one. */
    public long revision;
    public Instant receivedAt;

    public OfficialYear arrangement() {
        Map<LocalDate, String> named = new LinkedHashMap<>();
        JsonText.read(holidays, new TypeReference<List<CalendarPublishedV1.Holiday>>() {
        }).forEach(h -> named.put(h.date(), h.name()));
        return new OfficialYear(year, named, new TreeSet<>(JsonText.read(workdays,
                new TypeReference<List<LocalDate>>() {
                })));
    }
}
