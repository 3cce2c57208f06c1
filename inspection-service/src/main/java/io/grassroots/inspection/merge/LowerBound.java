package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * No schedule of one unit and merge family needs fewer visits than this. It is the larger of the
 * classic bounds: the most pairwise disjoint windows (interval stabbing), and the best sum over
 * disjoint blocks of days of ⌈team inside the block ÷ cap⌉ (and likewise for the department cap).
 */
final class LowerBound {
    static final int BLOCK_LIMIT = 64;

    private LowerBound() {
    }

    static int of(List<Slot> slots, MergeSettings settings) {
        if (slots.isEmpty()) {
            return 0;
        }
        int stabbing = disjointWindows(slots);
        if (slots.size() > BLOCK_LIMIT) {
            TeamLoad all = new TeamLoad(slots.stream().map(Slot::target).toList());
            return Math.max(stabbing, Math.max(ceil(all.total(), settings.teamCapPerVisit()),
                    ceil(all.departments(), settings.departmentsPerVisit())));
        }
        return Math.max(stabbing, blocks(slots, settings));
    }

    /** The most windows no two of which share a day: greedy by earliest end. */
    static int disjointWindows(List<Slot> slots) {
        List<Slot> order = new ArrayList<>(slots);
        order.sort(Packer.BY_DEADLINE);
        int count = 0;
        int end = Integer.MIN_VALUE;
        for (Slot s : order) {
            if (s.first() > end) {
                count++;
                end = s.last();
            }
        }
        return count;
    }

    /** The best sum over disjoint blocks [l, r] of what the slots lying inside each block need. */
    private static int blocks(List<Slot> slots, MergeSettings settings) {
        int n = slots.size();
        int[] firsts = new int[n];
        int[] lasts = new int[n];
        for (int i = 0; i < n; i++) {
            firsts[i] = slots.get(i).first();
            lasts[i] = slots.get(i).last();
        }
        int[] ends = distinct(lasts.clone());
        int[] starts = distinct(firsts.clone());
        int[] best = new int[ends.length];
        // One load for every block: the blocks are many, each holding a few slots.
        TeamLoad load = new TeamLoad();
        for (int e = 0; e < ends.length; e++) {
            int r = ends[e];
            best[e] = e > 0 ? best[e - 1] : 0;
            for (int l : starts) {
                if (l > r) {
                    break;
                }
                int need = need(slots, firsts, lasts, l, r, settings, load);
                if (need == 0) {
                    continue;
                }
                int before = bestEndingBefore(ends, best, e, l);
                best[e] = Math.max(best[e], before + need);
            }
        }
        return best[ends.length - 1];
    }

    /** The values in ascending order, each once. */
    private static int[] distinct(int[] values) {
        Arrays.sort(values);
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[count++] = values[i];
            }
        }
        return Arrays.copyOf(values, count);
    }

    private static int bestEndingBefore(int[] ends, int[] best, int limit, int l) {
        for (int i = limit - 1; i >= 0; i--) {
            if (ends[i] < l) {
                return best[i];
            }
        }
        return 0;
    }

    private static int need(List<Slot> slots, int[] firsts, int[] lasts, int l, int r, MergeSettings settings,
            TeamLoad load) {
        load.clear();
        boolean any = false;
        for (int i = 0; i < firsts.length; i++) {
            if (firsts[i] >= l && lasts[i] <= r) {
                load.add(slots.get(i).target());
                any = true;
            }
        }
        if (!any) {
            return 0;
        }
        return Math.max(1, Math.max(ceil(load.total(), settings.teamCapPerVisit()),
                ceil(load.departments(), settings.departmentsPerVisit())));
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}
