package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * One unit's months: how many new visits each still takes under the monthly cap (frozen visits
 * count), which month each group gets, and its day there.
 */
final class Months {
    private static final Comparator<Group> BY_FIRST = Comparator.comparingInt(Group::first)
            .thenComparing(Group.BY_DEADLINE);

    private final VisitDays days;
    private final int cap;
    private final Map<Integer, Integer> frozen;
    private final int busiestFrozen;
    private int limit;

    Months(VisitDays days, int cap, Map<Integer, Integer> frozenPerMonth) {
        this.days = days;
        this.cap = cap;
        this.frozen = new HashMap<>(frozenPerMonth);
        this.busiestFrozen = frozen.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        this.limit = cap;
    }

    VisitDays days() {
        return days;
    }

    /** The new visits a month may still take while no month exceeds the current limit. */
    int room(int month) {
        return (int) roomUnder(limit, month, month);
    }

    /** The room of all months the run's windows touch. */
    long room(List<Slot> run) {
        int from = run.stream().mapToInt(s -> days.month(s.first())).min().orElse(0);
        int to = run.stream().mapToInt(s -> days.month(s.last())).max().orElse(-1);
        return roomUnder(limit, from, to);
    }

    /**
     * No schedule placing all of the run has a lower busiest month (stops once that reaches enough):
     * for each stretch of months, the plan-targets whose windows lie inside it need at least their
     * lower bound of visits there, and a limit L gives the stretch the room of L minus its frozen
     * visits in each month.
     */
    int busiestAtLeast(List<Slot> run, MergeSettings settings, int enough) {
        int from = run.stream().mapToInt(s -> days.month(s.first())).min().orElse(0);
        int to = run.stream().mapToInt(s -> days.month(s.last())).max().orElse(-1);
        int at = lowestLimit();
        for (int a = from; a <= to && at < enough; a++) {
            for (int b = a; b <= to && at < enough; b++) {
                int first = a;
                int last = b;
                Map<String, List<Slot>> inside = new TreeMap<>();
                int count = 0;
                for (Slot s : run) {
                    if (days.month(s.first()) >= first && days.month(s.last()) <= last) {
                        inside.computeIfAbsent(settings.familyOf(s.target().group()), f -> new ArrayList<>())
                                .add(s);
                        count++;
                    }
                }
                if (count <= roomUnder(at, first, last)) {
                    continue;
                }
                int need = inside.values().stream().mapToInt(f -> LowerBound.of(f, settings)).sum();
                while (need > 0 && roomUnder(at, first, last) < need && at < cap) {
                    at++;
                }
            }
        }
        return at;
    }

    /** The room of the months from..to (those with visit days) under a limit on the busiest month. */
    private long roomUnder(int busiest, int from, int to) {
        long total = 0;
        for (int m = from; m <= to; m++) {
            if (days.monthStart(m) >= 0) {
                total += Math.max(0, Math.min(cap, busiest) - frozen.getOrDefault(m, 0));
            }
        }
        return total;
    }

    void limit(int busiest) {
        this.limit = busiest;
    }

    int first(Group g) {
        return days.month(g.first());
    }

    int last(Group g) {
        return days.month(g.last());
    }

    /**
     * Gives every group a month with room, or says there is no way. Earliest deadline first over
     * the months: groups accept an interval of months and each takes one unit of a month's room, so
     * this finds an assignment whenever one exists, and puts groups as early as it can.
     */
    boolean assign(List<Group> groups) {
        if (groups.isEmpty()) {
            return true;
        }
        Group[] order = groups.toArray(new Group[0]);
        Arrays.sort(order, BY_FIRST);
        PriorityQueue<Group> ready = new PriorityQueue<>(Group.BY_DEADLINE);
        int i = 0;
        int month = first(order[0]);
        while (i < order.length || !ready.isEmpty()) {
            if (ready.isEmpty()) {
                month = Math.max(month, first(order[i]));
            }
            while (i < order.length && first(order[i]) <= month) {
                ready.add(order[i++]);
            }
            for (int r = room(month); r > 0 && !ready.isEmpty(); r--) {
                ready.poll().month = month;
            }
            if (!ready.isEmpty() && last(ready.peek()) <= month) {
                return false;
            }
            month++;
        }
        return true;
    }

    /** The lowest limit worth trying: the frozen visits alone may already fill a month that far. */
    int lowestLimit() {
        return Math.max(1, busiestFrozen);
    }

    /** A limit as good as the cap for that many new visits: no month could take more of them. */
    int usefulLimit(int visits) {
        return Math.max(lowestLimit(), (int) Math.min(cap, (long) busiestFrozen + visits));
    }

    /**
     * Assigns months with the busiest month as low as it can be: the smallest limit under which all
     * groups still find a month (the groups must fit under the cap itself); returns that limit.
     */
    int lowestBusiest(List<Group> groups) {
        int low = lowestLimit();
        int high = usefulLimit(groups.size());
        while (low < high) {
            int mid = (low + high) >>> 1;
            limit(mid);
            if (assign(groups)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        limit(low);
        if (!assign(groups)) {
            limit(cap);
            if (!assign(groups)) {
                throw new IllegalStateException("groups given no month under the cap");
            }
        }
        limit(cap);
        return low;
    }

    /**
     * The earliest day of the group's month it accepts: on days no other visit takes if there are
     * such, else on a day no visit of its family starts (a visit is known by unit, day and family).
     */
    int day(Group g, BitSet taken, BitSet familyStarts) {
        int from = Math.max(g.first(), days.monthStart(g.month));
        int to = Math.min(g.last(), days.monthEnd(g.month));
        int length = g.length();
        int free = familyStarts.nextClearBit(from);
        int fallback = free <= to ? free : from;
        for (int d = from; d <= to; d++) {
            int next = taken.nextSetBit(d);
            if (next < 0 || next >= d + length) {
                return d;
            }
        }
        return fallback;
    }
}
