package io.grassroots.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * China's official working days (weekdays that are not public holidays, plus the weekend days
 * declared working days, 调休上班) and, on top, the blackout periods a coordinator declared. It knows
 * which years' arrangements it holds: for any other year only weekends are days off.
 */
public final class WorkingCalendar {
    private static final String UNNAMED = "holiday";

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> adjustedWorkdays;
    private final SortedSet<Integer> years;
    private final List<Blackout> blackouts;

    /** Holidays without names; the years covered are those the dates fall in. */
    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays, List<Blackout> blackouts) {
        this(named(holidays), adjustedWorkdays, yearsOf(holidays, adjustedWorkdays), blackouts);
    }

    public WorkingCalendar(Map<LocalDate, String> holidays, Set<LocalDate> adjustedWorkdays, Set<Integer> years,
            List<Blackout> blackouts) {
        this.holidays = Map.copyOf(holidays);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        this.blackouts = List.copyOf(blackouts);
    }

    /** The same calendar with one year's arrangement replaced wholesale by this one (a loaded one wins). */
    public WorkingCalendar withYear(OfficialYear arrangement) {
        Map<LocalDate, String> nextHolidays = new HashMap<>(holidays);
        nextHolidays.keySet().removeIf(d -> d.getYear() == arrangement.year());
        nextHolidays.putAll(arrangement.holidays());
        Set<LocalDate> nextWorkdays = new HashSet<>(adjustedWorkdays);
        nextWorkdays.removeIf(d -> d.getYear() == arrangement.year());
        nextWorkdays.addAll(arrangement.workdays());
        Set<Integer> nextYears = new TreeSet<>(years);
        nextYears.add(arrangement.year());
        return new WorkingCalendar(nextHolidays, nextWorkdays, nextYears, blackouts);
    }

    /** The years whose official arrangement this calendar holds. */
    public SortedSet<Integer> years() {
        return years;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The years from {@code from} to {@code to} (both included) whose arrangement is not known. */
    public List<Integer> uncoveredYears(LocalDate from, LocalDate to) {
        List<Integer> missing = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!covers(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /** The official arrangement of a year as this calendar holds it (empty when the year is not covered). */
    public OfficialYear arrangement(int year) {
        Map<LocalDate, String> ofYear = new TreeMap<>();
        holidays.forEach((day, name) -> {
            if (day.getYear() == year) {
                ofYear.put(day, name);
            }
        });
        return new OfficialYear(year, ofYear, adjustedWorkdays.stream().filter(d -> d.getYear() == year)
                .collect(Collectors.toSet()));
    }

    /** The name of the public holiday on a day, if it is one. */
    public Optional<String> holidayOn(LocalDate day) {
        return Optional.ofNullable(holidays.get(day));
    }

    /** The same official days with these blackouts instead. */
    public WorkingCalendar withBlackouts(List<Blackout> declared) {
        return new WorkingCalendar(holidays, adjustedWorkdays, years, declared);
    }

    public List<Blackout> blackouts() {
        return blackouts;
    }

    /** An official working day, blackouts aside: notice periods count these. */
    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
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

    private static Map<LocalDate, String> named(Set<LocalDate> days) {
        Map<LocalDate, String> named = new HashMap<>();
        days.forEach(d -> named.put(d, UNNAMED));
        return named;
    }

    private static Set<Integer> yearsOf(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        Set<Integer> years = new TreeSet<>();
        holidays.forEach(d -> years.add(d.getYear()));
        workdays.forEach(d -> years.add(d.getYear()));
        return years;
    }
}
