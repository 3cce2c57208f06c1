package io.grassroots.inspection.calendar.official;

import io.grassroots.calendar.OfficialYear;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A year's official holiday arrangement as a province's coordinator loaded it. */
@Entity
@Table(name = "official_calendar")
public class LoadedCalendar {
    @Id
    public int year;
    /** The holidays, by date. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Day> holidays;
    /** The weekend days declared working days, by date. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<LocalDate> workdays;
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

    public OfficialYear arrangement() {
        Map<LocalDate, String> named = new LinkedHashMap<>();
        holidays.forEach(d -> named.put(d.date(), d.name()));
        return new OfficialYear(year, named, new TreeSet<>(workdays));
    }
}
