package io.grassroots.inspection.merge;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The largest groups of one family's plan-targets (bit masks over their list) that share a start
 * day in a span of days and fit the team and department caps: every group that fits is inside one.
 */
final class MaximalGroups {
    private final List<Slot> slots;
    private final int size;
    private final MergeSettings settings;
    /** Each plan-target's department, numbered. */
    private final int[] department;

    MaximalGroups(List<Slot> slots, MergeSettings settings) {
        this.slots = slots;
        this.size = slots.size();
        this.settings = settings;
        this.department = new int[size];
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < size; i++) {
            department[i] = numbers.computeIfAbsent(slots.get(i).target().departmentId(), d -> numbers.size());
        }
    }

    /** Every largest group that fits the caps and shares a start day in from..to. */
    int[] in(int from, int to) {
        LinkedHashSet<Integer> found = new LinkedHashSet<>();
        int seen = -1;
        // The set of windows holding a day only grows at a window's start: those days suffice.
        int[] starts = new int[size + 1];
        starts[0] = from;
        for (int i = 0; i < size; i++) {
            int first = slots.get(i).first();
            starts[i + 1] = first > from && first <= to ? first : from;
        }
        Arrays.sort(starts);
        for (int k = 0; k <= size; k++) {
            int d = starts[k];
            if (k > 0 && d == starts[k - 1]) {
                continue;
            }
            int present = 0;
            for (int i = 0; i < size; i++) {
                Slot s = slots.get(i);
                present |= s.first() <= d && d <= s.last() ? 1 << i : 0;
            }
            if (present == 0 || present == seen) {
                continue;
            }
            seen = present;
            if (fits(present)) {
                found.add(present);
            } else {
                collect(present, 0, 0, found);
            }
        }
        int[] maximal = new int[found.size()];
        int count = 0;
        for (int g : found) {
            if (found.stream().noneMatch(h -> h != g && (g & ~h) == 0)) {
                maximal[count++] = g;
            }
        }
        return Arrays.copyOf(maximal, count);
    }

    private boolean fits(int members) {
        int[] largest = new int[size];
        int departments = 0;
        long team = 0;
        for (int i = 0; i < size; i++) {
            if ((members & (1 << i)) != 0) {
                int d = department[i];
                int t = slots.get(i).target().teamSize();
                departments += largest[d] == 0 ? 1 : 0;
                team += Math.max(0, t - largest[d]);
                largest[d] = Math.max(largest[d], t);
            }
        }
        return departments <= settings.departmentsPerVisit() && team <= settings.teamCapPerVisit();
    }

    /** Adds every subset of present that fits and to which no further member of present could be added. */
    private void collect(int present, int from, int chosen, LinkedHashSet<Integer> found) {
        int i = from;
        while (i < slots.size() && (present & (1 << i)) == 0) {
            i++;
        }
        if (i == slots.size()) {
            for (int j = 0; j < slots.size(); j++) {
                if ((present & ~chosen & (1 << j)) != 0 && fits(chosen | (1 << j))) {
                    return;
                }
            }
            if (chosen != 0) {
                found.add(chosen);
            }
            return;
        }
        if (fits(chosen | (1 << i))) {
            collect(present, i + 1, chosen | (1 << i), found);
        }
        collect(present, i + 1, chosen, found);
    }
}
