package io.grassroots.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * China's official working days (weekdays that are not public holidays, plus the weekend days
 * declared working days, 调休上班) and, on top, the blackout periods a coordinator declared.
 */
public final class WorkingCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkdays;
    private final List<Blackout> blackouts;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays, List<Blackout> blackouts) {
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
        this.blackouts = List.copyOf(blackouts);
    }

    /** The same official days with these blackouts instead. */
    public WorkingCalendar withBlackouts(List<Blackout> declared) {
        return new WorkingCalendar(holidays, adjustedWorkdays, declared);
    }

    public List<Blackout> blackouts() {
        return blackouts;
    }

    /** An official working day, blackouts aside: notice periods count these. */
    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public Optional<Blackout> blackoutOn(LocalDate day) {
        return blackouts.stream().filter(b -> b.contains(day)).findFirst();
    }

    /** A day a visit may take place: an official working day outside every blackout. */
    public boolean isVisitDay(LocalDate day) {
        return isWorkingDay(day) && blackoutOn(day).isEmpty();
    }

    /** Visit days from start to end, both included. */
    public List<LocalDate> visitDays(LocalDate start, LocalDate end) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (isVisitDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** Official working days after {@code from} up to and including {@code to}. */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The n-th official working day after {@code from} (from itself when n is 0). */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        for (int left = n; left > 0;) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
