package io.grassroots.inspection.calendar.official;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The official calendar in force: the shipped data with every loaded year's arrangement in place of
 * the shipped one. Several instances of the service share the database, so the cache is checked
 * against it on every use with one small query (each year and its revision); it is rebuilt only when
 * that changed. Revisions come from a sequence and are never reused, so a calendar cached from a
 * transaction that was later rolled back can never match a committed state.
 */
@ApplicationScoped
public class OfficialCalendars {
    private final WorkingCalendar shipped = OfficialCalendarData.shipped();

    @Inject
    LoadedCalendarRepository loaded;

    private volatile Cached cached;

    private record Cached(String fingerprint, WorkingCalendar calendar) {
    }

    /** The calendar in force, without blackouts. */
    public WorkingCalendar inForce() {
        String fingerprint = loaded.fingerprint();
        Cached current = cached;
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current.calendar();
        }
        WorkingCalendar calendar = shipped;
        for (LoadedCalendar year : loaded.listAll()) {
            calendar = calendar.withYear(year.arrangement());
        }
        // Read after the fingerprint: a load committed in between only makes the next call rebuild again.
        cached = new Cached(fingerprint, calendar);
        return calendar;
    }

    /** Whether the shipped data covers a year (a loaded arrangement may still replace it). */
    public boolean shipped(int year) {
        return shipped.covers(year);
    }
}
