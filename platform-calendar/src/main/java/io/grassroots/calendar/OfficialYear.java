package io.grassroots.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The State Council's holiday arrangement for one year: its public holidays (with their names) and
 * the weekend days declared working days (调休上班). Every date lies in the year, none is both.
 */
public record OfficialYear(int year, SortedMap<LocalDate, String> holidays, SortedSet<LocalDate> workdays) {

    public OfficialYear(int year, Map<LocalDate, String> holidays, Set<LocalDate> workdays) {
        this(year, new TreeMap<>(holidays), new TreeSet<>(workdays));
    }

    public OfficialYear {
        holidays = Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
        workdays = Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
        for (LocalDate day : holidays.keySet()) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("holiday " + day + " lies outside " + year);
            }
        }
        for (LocalDate day : workdays) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("working day " + day + " lies outside " + year);
            }
            if (holidays.containsKey(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a working day");
            }
        }
    }
}
