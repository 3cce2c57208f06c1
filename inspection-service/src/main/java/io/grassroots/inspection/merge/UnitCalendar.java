package io.grassroots.inspection.merge;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** One unit's days already taken by visits and its visit count per month. */
final class UnitCalendar {
    private final VisitDays days;
    private final BitSet taken = new BitSet();
    private final Map<Integer, Integer> perMonth = new HashMap<>();

    UnitCalendar(VisitDays days) {
        this.days = days;
    }

    UnitCalendar copy() {
        UnitCalendar copy = new UnitCalendar(days);
        copy.taken.or(taken);
        copy.perMonth.putAll(perMonth);
        return copy;
    }

    /**
     * Whether a visit of the given length may start on visit day {@code start} under the monthly cap;
     * with {@code ownDays} also only on days no other visit to the unit takes.
     */
    boolean free(int start, int length, int monthlyCap, boolean ownDays) {
        if (start < 0 || start + length > days.size()) {
            return false;
        }
        if (perMonth.getOrDefault(days.month(start), 0) >= monthlyCap) {
            return false;
        }
        return !ownDays || daysFree(start, length);
    }

    /** The earliest start in first..last for a visit of that length: a day of its own if there is one. */
    int earliest(int first, int last, int length, int monthlyCap) {
        for (boolean ownDays : new boolean[] { true, false }) {
            for (int d = first; d <= last; d++) {
                if (free(d, length, monthlyCap, ownDays)) {
                    return d;
                }
            }
        }
        return -1;
    }

    /** Whether the days start..start+length-1 hold no other visit (month count aside). */
    boolean daysFree(int start, int length) {
        if (start < 0 || start + length > days.size()) {
            return false;
        }
        int next = taken.nextSetBit(start);
        return next < 0 || next >= start + length;
    }

    void book(int start, int length) {
        taken.set(start, start + length);
        perMonth.merge(days.month(start), 1, Integer::sum);
    }

    void release(int start, int length) {
        taken.clear(start, start + length);
        perMonth.merge(days.month(start), -1, Integer::sum);
    }

    void extend(int from, int to) {
        taken.set(from, to);
    }

    void copyFrom(UnitCalendar other) {
        taken.clear();
        taken.or(other.taken);
        perMonth.clear();
        perMonth.putAll(other.perMonth);
    }

}
