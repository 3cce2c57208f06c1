package io.grassroots.inspection.calendar;

import io.grassroots.inspection.calendar.official.LoadedCalendar;
import io.grassroots.inspection.calendar.official.LoadedCalendarRepository;
import io.grassroots.inspection.calendar.official.OfficialCalendars;
import io.grassroots.calendar.OfficialYear;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.inspection.calendar.CalendarView.Holiday;
import io.grassroots.inspection.calendar.CalendarView.Status;
import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Loads the State Council's arrangement of a year (a province's coordinator does, when it is
 * published) and answers the arrangement in force. A load replaces the year wholesale, is announced
 * as calendar.published.v1 and moves the year's planned visits off the new days off, all in one
 * transaction.
 */
@ApplicationScoped
public class CalendarService {
    @Inject
    LoadedCalendarRepository loaded;
    @Inject
    OfficialCalendars calendars;
    @Inject
    ScheduleOnCalendar change;
    @Inject
    RegionRepository regions;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional
    public CalendarView get(int year, Caller caller) {
        WorkingCalendar official = calendars.inForce();
        return view(year, loaded.findById(year), official, null, change.confirmedOnHolidays(year, official, caller));
    }

    @Transactional
    public CalendarView put(int year, CalendarRequest request, Caller caller) {
        // The calendar is province-wide: a coordinator of a city or county does not own it.
        if (caller.region() == null || caller.region().length() != 2 || regions.findById(caller.region()) == null) {
            throw ProblemException.notFound("calendar " + year);
        }
        Violations v = new Violations();
        CalendarValidator.validate(request, year, v);
        v.throwIfAny();

        Map<LocalDate, String> holidays = new TreeMap<>();
        request.holidays().forEach(h -> holidays.put(h.date(), h.name().trim()));
        TreeSet<LocalDate> workdays = new TreeSet<>(request.workdays() == null ? List.of() : request.workdays());
        OfficialYear arrangement = new OfficialYear(year, holidays, workdays);
        change.lockYear(year);
        // Built before anything is written, so no cache ever holds what this transaction has not committed.
        WorkingCalendar official = calendars.inForce().withYear(arrangement);

        Instant now = Instant.now(clock);
        // Taken before the row changes, so that no flush on the way counts a half-changed row as a version.
        long revision = loaded.nextRevision();
        LoadedCalendar row = loaded.findById(year);
        boolean created = row == null;
        if (created) {
            row = new LoadedCalendar();
            row.year = year;
        }
        row.holidays = holidays.entrySet().stream()
                .map(e -> new LoadedCalendar.Day(e.getKey(), e.getValue())).toList();
        row.workdays = List.copyOf(workdays);
        row.source = request.source().trim();
        row.loadedBy = caller.subject();
        row.loadedAt = now;
        row.revision = revision;
        if (created) {
            loaded.persist(row);
        }
        loaded.flush();
        outbox.publish(new CalendarPublishedV1(year, holidays.entrySet().stream()
                .map(e -> new CalendarPublishedV1.Holiday(e.getKey(), e.getValue())).toList(), List.copyOf(workdays),
                row.source, row.loadedBy, now, row.revision));

        ScheduleOnCalendar.Outcome outcome = change.apply(year, official, "official calendar of " + year + " loaded ("
                + row.source + ")");
        return view(year, row, official, outcome, outcome.confirmedOnHolidays().stream()
                .filter(c -> caller.oversees(c.unitCode())).toList());
    }

    private CalendarView view(int year, LoadedCalendar row, WorkingCalendar official,
            ScheduleOnCalendar.Outcome outcome,
            List<ScheduleOnCalendar.OnHoliday> confirmed) {
        Status status = row != null ? Status.LOADED : calendars.shipped(year) ? Status.SHIPPED : Status.NONE;
        OfficialYear arrangement = official.arrangement(year);
        List<Holiday> holidays = arrangement.holidays().entrySet().stream()
                .map(e -> new Holiday(e.getKey(), e.getValue())).toList();
        return new CalendarView(year, status, row == null ? null : row.source, row == null ? null : row.loadedBy,
                row == null ? null : row.loadedAt, row == null ? null : row.version, holidays,
                List.copyOf(arrangement.workdays()), outcome == null ? null : outcome.rescheduled(),
                outcome == null ? null : outcome.unplaced(), confirmed);
    }
}
