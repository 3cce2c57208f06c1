package io.grassroots.inspection.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The days on which visits may take place (working days outside blackouts) over a span of dates,
 * numbered 0, 1, 2 …, so that "consecutive working days" are consecutive numbers.
 */
public final class VisitDays {
    private final long firstEpochDay;
    private final LocalDate[] days;
    private final int[] months;
    private final long[] epochDays;
    /** Per month of the span (from the first visit day's month): its first and last visit day, or −1. */
    private final int[] monthFirst;
    private final int[] monthLast;
    /** For each calendar day of the span: the number of the first visit day on or after it. */
    private final int[] ceil;

    private VisitDays(LocalDate first, List<LocalDate> days, int[] ceil) {
        this.firstEpochDay = first.toEpochDay();
        this.days = days.toArray(new LocalDate[0]);
        this.ceil = ceil;
        this.months = new int[this.days.length];
        this.epochDays = new long[this.days.length];
        for (int i = 0; i < this.days.length; i++) {
            months[i] = monthOf(this.days[i]);
            epochDays[i] = this.days[i].toEpochDay();
        }
        int span = this.days.length == 0 ? 0 : months[this.days.length - 1] - months[0] + 1;
        monthFirst = new int[span];
        monthLast = new int[span];
        Arrays.fill(monthFirst, -1);
        Arrays.fill(monthLast, -1);
        for (int i = this.days.length - 1; i >= 0; i--) {
            monthFirst[months[i] - months[0]] = i;
        }
        for (int i = 0; i < this.days.length; i++) {
            monthLast[months[i] - months[0]] = i;
        }
    }

    /** The visit days from..to (both included) for which the predicate holds. */
    public static VisitDays between(LocalDate from, LocalDate to, Predicate<LocalDate> isVisitDay) {
        List<LocalDate> days = new ArrayList<>();
        int span = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        int[] ceil = new int[span + 1];
        int i = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1), i++) {
            ceil[i] = days.size();
            if (isVisitDay.test(d)) {
                days.add(d);
            }
        }
        ceil[span] = days.size();
        return new VisitDays(from, days, ceil);
    }

    public int size() {
        return days.length;
    }

    public LocalDate day(int index) {
        return days[index];
    }

    /** A month number (year × 12 + month − 1) of a visit day. */
    public int month(int index) {
        return months[index];
    }

    /** The first visit day on or after the date (size() when there is none). */
    public int ceilIndex(LocalDate date) {
        return ceilOfEpochDay(date.toEpochDay());
    }

    private int ceilOfEpochDay(long epochDay) {
        long offset = epochDay - firstEpochDay;
        if (offset <= 0) {
            return 0;
        }
        return offset >= ceil.length ? days.length : ceil[(int) offset];
    }

    /** The last visit day on or before the date (−1 when there is none). */
    public int floorIndex(LocalDate date) {
        return ceilOfEpochDay(date.toEpochDay() + 1) - 1;
    }

    /** The first visit day of a month number, or −1 when the month has none. */
    public int monthStart(int month) {
        int m = days.length == 0 ? -1 : month - months[0];
        return m >= 0 && m < monthFirst.length ? monthFirst[m] : -1;
    }

    /** The last visit day of a month number, or −1 when the month has none. */
    public int monthEnd(int month) {
        int m = days.length == 0 ? -1 : month - months[0];
        return m >= 0 && m < monthLast.length ? monthLast[m] : -1;
    }

    /** The epoch day of a visit day. */
    public long epochDay(int index) {
        return epochDays[index];
    }

    /** The month number of any date, visit day or not. */
    public static int monthOf(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    /** The number of the visit day on the date, or −1 when the date is no visit day. */
    public int indexOf(LocalDate date) {
        int i = ceilIndex(date);
        return i < days.length && days[i].equals(date) ? i : -1;
    }
}
