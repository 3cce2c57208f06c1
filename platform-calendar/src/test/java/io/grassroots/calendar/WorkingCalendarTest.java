package io.grassroots.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private final WorkingCalendar official = OfficialCalendarData.shipped();

    @Test
    void weekdaysWorkWeekendsDoNot() {
        assertTrue(official.isWorkingDay(LocalDate.of(2026, 3, 10)));
        assertFalse(official.isWorkingDay(LocalDate.of(2026, 3, 14)), "a Saturday");
        assertFalse(official.isWorkingDay(LocalDate.of(2026, 3, 15)), "a Sunday");
    }

    @Test
    void publicHolidaysAreNotWorkingDaysAndAdjustedWeekendsAre() {
        assertFalse(official.isWorkingDay(LocalDate.of(2026, 10, 1)), "National Day");
        assertFalse(official.isWorkingDay(LocalDate.of(2026, 2, 17)), "Spring Festival");
        assertTrue(official.isWorkingDay(LocalDate.of(2026, 2, 14)), "Saturday declared a working day");
        assertTrue(official.isWorkingDay(LocalDate.of(2026, 1, 4)), "Sunday declared a working day");
    }

    @Test
    void blackoutsRemoveVisitDaysButNotWorkingDays() {
        WorkingCalendar august = official.withBlackouts(
                List.of(new Blackout(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), "无会月")));
        LocalDate tuesday = LocalDate.of(2026, 8, 11);
        assertTrue(august.isWorkingDay(tuesday));
        assertFalse(august.isVisitDay(tuesday));
        assertEquals(0, august.visitDays(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)).size());
        assertEquals(List.of(LocalDate.of(2026, 9, 1)), august.visitDays(LocalDate.of(2026, 8, 29),
                LocalDate.of(2026, 9, 1)));
    }

    @Test
    void workingDayArithmeticSkipsTheNationalDayWeek() {
        // 2026-09-30 is a Wednesday; 10-01..10-07 are holidays; 10-08 Thursday is the next working day.
        assertEquals(LocalDate.of(2026, 10, 8), official.plusWorkingDays(LocalDate.of(2026, 9, 30), 1));
        assertEquals(1, official.workingDaysAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8)));
        assertEquals(LocalDate.of(2026, 3, 2), official.plusWorkingDays(LocalDate.of(2026, 3, 2), 0));
    }

    @Test
    void theShippedDataCoversTheYearsItHasDatesIn() {
        assertTrue(official.covers(2004));
        assertTrue(official.covers(2026));
        assertFalse(official.covers(2027), "not shipped yet");
        assertEquals(2004, official.years().first());
        assertEquals(List.of(2027), official.uncoveredYears(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)));
        assertEquals(Optional.of("国庆节"), official.holidayOn(LocalDate.of(2026, 10, 1)));
        assertEquals(Optional.empty(), official.holidayOn(LocalDate.of(2026, 10, 8)));
        assertTrue(official.withBlackouts(List.of()).covers(2026), "blackouts keep the coverage");
    }

    @Test
    void aLoadedYearIsCoveredAndCountsItsHolidaysAndWorkdays() {
        // Invented dates for a year not shipped: the test must not depend on real State Council data.
        LocalDate friday = LocalDate.of(2027, 10, 1);
        LocalDate saturday = LocalDate.of(2027, 10, 9);
        WorkingCalendar loaded = official.withYear(new OfficialYear(2027, Map.of(friday, "国庆节",
                friday.plusDays(6), "国庆节"), Set.of(saturday)));
        assertTrue(loaded.covers(2027));
        assertFalse(loaded.isWorkingDay(friday));
        assertTrue(loaded.isWorkingDay(saturday), "a weekend day declared a working day");
        assertTrue(official.isWorkingDay(friday), "the shipped calendar itself is unchanged");
        assertEquals(2, loaded.arrangement(2027).holidays().size());
        assertEquals(Set.of(saturday), loaded.arrangement(2027).workdays());
        assertTrue(loaded.isWorkingDay(LocalDate.of(2026, 9, 30)) && !loaded.isWorkingDay(LocalDate.of(2026, 10, 1)),
                "other years keep the shipped data");
    }

    @Test
    void aLoadedArrangementReplacesAShippedYearWholesale() {
        WorkingCalendar replaced = official.withYear(new OfficialYear(2026, Map.of(LocalDate.of(2026, 3, 10),
                "测试假日"), Set.of()));
        assertFalse(replaced.isWorkingDay(LocalDate.of(2026, 3, 10)));
        assertTrue(replaced.isWorkingDay(LocalDate.of(2026, 10, 1)), "the shipped National Day is gone");
        assertFalse(replaced.isWorkingDay(LocalDate.of(2026, 2, 14)), "the shipped 调休 Saturday is gone");
        assertFalse(replaced.isWorkingDay(LocalDate.of(2025, 10, 1)), "other years keep the shipped data");
        assertEquals(1, replaced.arrangement(2026).holidays().size());
        assertEquals(0, replaced.arrangement(2028).holidays().size());
    }

    @Test
    void anArrangementKeepsItsDatesInsideItsYearAndApart() {
        assertThrows(IllegalArgumentException.class, () -> new OfficialYear(2027,
                Map.of(LocalDate.of(2026, 12, 31), "元旦"), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new OfficialYear(2027,
                Map.of(LocalDate.of(2027, 2, 6), "春节"), Set.of(LocalDate.of(2027, 2, 6))));
    }
}
