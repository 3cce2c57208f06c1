package io.grassroots.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Notice over the State Council's 2026 arrangement (中秋 on 25 September, 国庆 1–7 October). */
class NoticeTest {
    private final WorkingCalendar official = OfficialCalendarData.shipped();

    @Test
    void theMidAutumnFridayAndTheWeekendGiveNoNotice() {
        Notice notice = Notice.of(official, LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 29), 3);
        assertEquals(LocalDate.of(2026, 9, 30), notice.earliest());
        assertFalse(notice.enough());
        assertEquals(2, notice.daysGiven(), "28 and 29 September");
    }

    @Test
    void nationalDayWeekCountsNothingAndTheEarliestDayIsEnough() {
        Notice notice = Notice.of(official, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9), 2);
        assertEquals(LocalDate.of(2026, 10, 9), notice.earliest(), "8 and 9 October are the first working days");
        assertTrue(notice.enough());
        assertFalse(Notice.of(official, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8), 2).enough());
    }

    @Test
    void aDueDayBeforeTheNoticeGivesNone() {
        Notice notice = Notice.of(official, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 2), 1);
        assertFalse(notice.enough());
        assertEquals(0, notice.daysGiven());
    }

    @Test
    void periodsAreAYearAMonthOrAQuarter() {
        assertTrue(Period.isValid("2026"));
        assertTrue(Period.isValid("2026-03"));
        assertTrue(Period.isValid("2026-Q4"));
        assertFalse(Period.isValid("2026-13"));
        assertFalse(Period.isValid("2026-Q5"));
        assertFalse(Period.isValid("2026-3"));
        assertFalse(Period.isValid("26"));
        assertFalse(Period.isValid(null));
    }
}
