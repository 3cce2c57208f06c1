package io.grassroots.inspection.calendar.official;

import com.fasterxml.jackson.core.type.TypeReference;
import io.grassroots.calendar.OfficialYear;
import io.grassroots.platform.web.JsonText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A year's official holiday arrangement as a province's coordinator loaded it. */
@Entity
@Table(name = "official_calendar")
public class LoadedCalendar {
    @Id
    public int year;
    /** JSON list of {date, name}, by date. */
    public String holidays;
    /** JSON list of the weekend days declared working days, by date. */
    public String workdays;
    public String source;
    public String loadedBy;
    public Instant loadedAt;
    @Version
    public long version;
    /** A number no other load of any year had: see OfficialCalendars. */
    public long revision;

    /** One holiday as stored. */
    public record Day(LocalDate date, String name) {
    }

    public List<Day> holidayList() {
        return JsonText.read(holidays, new TypeReference<>() {
        });
    }

    public List<LocalDate> workdayList() {
        return JsonText.read(workdays, new TypeReference<>() {
        });
    }

    public OfficialYear arrangement() {
        Map<LocalDate, String> named = new LinkedHashMap<>();
        holidayList().forEach(d -> named.put(d.date(), d.name()));
        return new OfficialYear(year, named, new TreeSet<>(workdayList()));
    }
}
