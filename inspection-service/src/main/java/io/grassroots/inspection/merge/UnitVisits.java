package io.grassroots.inspection.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit's visits with fixed days, as they are completed or changed: the visits per month, the
 * days taken, and a plan-target joining an open visit or opening one of its own.
 */
final class UnitVisits {
    static final Comparator<Visit> BY_DATE = Comparator.comparing(Visit::date).thenComparing(Visit::family)
            .thenComparing(v -> v.members().get(0), Visits.BY_KEY);

    private final List<Visit> visits;
    private final VisitDays days;
    private final MergeSettings settings;
    /** Visits per month of the calendar's span; outside it (frozen visits on other days) in a map. */
    private final int[] inSpan;
    private final int firstMonth;
    private final Map<Integer, Integer> outside = new HashMap<>();
    private final BitSet taken = new BitSet();

    UnitVisits(List<Visit> visits, VisitDays days, MergeSettings settings) {
        this.visits = new ArrayList<>(visits);
        this.visits.sort(BY_DATE);
        this.days = days;
        this.settings = settings;
        this.firstMonth = days.size() == 0 ? 0 : days.month(0);
        this.inSpan = new int[days.size() == 0 ? 0 : days.month(days.size() - 1) - firstMonth + 1];
        for (Visit v : this.visits) {
            count(v);
            take(v);
        }
    }

    private void count(Visit v) {
        int m = VisitDays.monthOf(v.date()) - firstMonth;
        if (m >= 0 && m < inSpan.length) {
            inSpan[m]++;
        } else {
            outside.merge(m + firstMonth, 1, Integer::sum);
        }
    }

    private void take(Visit v) {
        for (LocalDate d : v.days()) {
            int i = days.indexOf(d);
            if (i >= 0) {
                taken.set(i);
            }
        }
    }

    List<Visit> visits() {
        return visits;
    }

    VisitDays days() {
        return days;
    }

    MergeSettings settings() {
        return settings;
    }

    int visitsIn(int month) {
        int m = month - firstMonth;
        return m >= 0 && m < inSpan.length ? inSpan[m] : outside.getOrDefault(month, 0);
    }

    boolean hasRoom(int month) {
        return visitsIn(month) < settings.unitMonthlyCap();
    }

    /** Whether the open visit can take the plan-target on its day, were the window no matter. */
    boolean canTake(Visit v, PlanTarget t) {
        int start = days.indexOf(v.date());
        return !v.frozen() && v.family().equals(settings.familyOf(t.group())) && start >= 0
                && start + t.onSiteDays() <= days.size() && new TeamLoad(v.members()).fits(t, settings);
    }

    /** Puts the plan-target into the earliest open visit of its family on a day its window accepts. */
    boolean join(Slot s) {
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            int start = days.indexOf(v.date());
            if (start >= s.first() && start <= s.last() && canTake(v, s.target())) {
                List<PlanTarget> members = new ArrayList<>(v.members());
                members.add(s.target());
                Visit joined = Visits.build(members, start, days, v.family(), false);
                visits.set(i, joined);
                take(joined);
                return true;
            }
        }
        return false;
    }

    /** Opens a visit for the plan-target alone on the earliest day of its window whose month has room. */
    boolean open(Slot s) {
        int fallback = -1;
        int length = s.target().onSiteDays();
        for (int d = s.first(); d <= s.last(); d++) {
            if (!hasRoom(days.month(d))) {
                continue;
            }
            int next = taken.nextSetBit(d);
            if (next < 0 || next >= d + length) {
                fallback = d;
                break;
            }
            fallback = fallback < 0 ? d : fallback;
        }
        if (fallback < 0) {
            return false;
        }
        add(Visits.build(List.of(s.target()), fallback, days, settings.familyOf(s.target().group()), false));
        return true;
    }

    void add(Visit v) {
        int at = Collections.binarySearch(visits, v, BY_DATE);
        visits.add(at < 0 ? -at - 1 : at, v);
        count(v);
        take(v);
    }

    /** Joins an open visit, else opens one: whether the plan-target found a place. */
    boolean place(Slot s) {
        return join(s) || open(s);
    }
}
