package io.grassroots.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
}
