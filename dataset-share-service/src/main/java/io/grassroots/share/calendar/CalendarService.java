package io.grassroots.share.calendar;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.OfficialYear;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.platform.sql.JdbcStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The official calendar this service counts notice with: the shipped data with every arrangement
 * inspection-service published in place of the shipped year. Each event is applied once (the
 * directory consumer's inbox) and only when newer than what is kept (its revision). The cache is checked against the database's
 * (year, revision) list on every use, so every instance follows what any of them received.
 */
@ApplicationScoped
public class CalendarService {
    private final WorkingCalendar shipped = OfficialCalendarData.shipped();

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    private volatile Cached cached;

    private record Cached(String fingerprint, WorkingCalendar calendar) {
    }

    /**
     * Keeps a published arrangement delivered for the first time (the consumer's inbox has recorded it, in
     * this transaction), never over a newer one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CalendarPublishedV1 published) {
        // The record refuses dates outside the year or a day both off and worked: such an event is malformed.
        Map<LocalDate, String> named = new HashMap<>();
        published.holidays().forEach(h -> named.put(h.date(), h.name()));
        OfficialYear arrangement = new OfficialYear(published.year(), named, new TreeSet<>(published.workdays()));
        LocalCalendar row = em.find(LocalCalendar.class, published.year());
        if (row != null && row.revision >= published.revision()) {
            return;
        }
        boolean fresh = row == null;
        if (fresh) {
            row = new LocalCalendar();
            row.year = arrangement.year();
        }
        row.holidays = published.holidays().stream()
                .sorted(Comparator.comparing(CalendarPublishedV1.Holiday::date)).toList();
        row.workdays = List.copyOf(arrangement.workdays());
        row.source = published.source();
        row.loadedBy = published.loadedBy();
        row.loadedAt = published.loadedAt();
        row.revision = published.revision();
        row.receivedAt = Instant.now(clock);
        if (fresh) {
            em.persist(row);
        }
    }

    /** The calendar in force, without blackouts. */
    public WorkingCalendar inForce() {
        // Read on every data request, so with plain JDBC: through Hibernate this one-row query (translated,
        // its query spaces and result types resolved per call) was a tenth of a request's CPU in bench-share's
        // profile (#19). It flushes nothing: an arrangement is kept by the directory consumer's transaction, never
        // by the caller's.
        String fingerprint = JdbcStatements.query(em, "select coalesce(string_agg(year || ':' || revision, ',' "
                + "order by year), '') from official_calendar", select -> {
                }, row -> row.getString(1)).get(0);
        Cached current = cached;
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current.calendar();
        }
        WorkingCalendar calendar = shipped;
        for (LocalCalendar year : em.createQuery("select c from LocalCalendar c order by c.year", LocalCalendar.class)
                .getResultList()) {
            calendar = calendar.withYear(year.arrangement());
        }
        cached = new Cached(fingerprint, calendar);
        return calendar;
    }
}
