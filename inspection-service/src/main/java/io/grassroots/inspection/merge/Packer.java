package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the slots of one unit and merge family into as few visits as the caps allow. The greedy
 * opens a visit at the earliest deadline and fills it with the most urgent slots that fit: without
 * caps that is the interval-stabbing optimum. When it misses the lower bound on a small component,
 * an exact search over subsets decides.
 */
final class Packer {
    static final int EXACT_LIMIT = 12;
    static final Comparator<Slot> BY_DEADLINE = Comparator.comparingInt(Slot::last).thenComparingInt(Slot::first)
            .thenComparing(Slot::target, Visits.BY_KEY);

    /** A set of slots that can share a visit, and the start days they all accept. */
    record Group(List<Slot> members, int first, int last) {
    }

    private Packer() {
    }

    static List<Group> pack(List<Slot> slots, MergeSettings settings, int lowerBound) {
        List<Group> greedy = greedy(slots, settings);
        if (greedy.size() > lowerBound && slots.size() <= EXACT_LIMIT) {
            List<Group> exact = exact(slots, settings);
            if (exact.size() < greedy.size()) {
                return exact;
            }
        }
        return greedy;
    }

    static List<Group> greedy(List<Slot> slots, MergeSettings settings) {
        List<Slot> order = new ArrayList<>(slots);
        order.sort(BY_DEADLINE);
        boolean[] used = new boolean[order.size()];
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (used[i]) {
                continue;
            }
            Slot head = order.get(i);
            used[i] = true;
            List<Slot> members = new ArrayList<>(List.of(head));
            TeamLoad load = new TeamLoad();
            load.add(head.target());
            int first = head.first();
            // Later slots end no earlier than head: any that starts by head's deadline can share that day.
            for (int j = i + 1; j < order.size(); j++) {
                Slot s = order.get(j);
                if (!used[j] && s.first() <= head.last() && load.fits(s.target(), settings)) {
                    used[j] = true;
                    members.add(s);
                    load.add(s.target());
                    first = Math.max(first, s.first());
                }
            }
            groups.add(new Group(members, first, head.last()));
        }
        return groups;
    }

    /** The fewest groups, by dynamic programming over subsets (small components only). */
    static List<Group> exact(List<Slot> slots, MergeSettings settings) {
        int n = slots.size();
        int full = (1 << n) - 1;
        boolean[] feasible = new boolean[full + 1];
        int[] maxFirst = new int[full + 1];
        int[] minLast = new int[full + 1];
        minLast[0] = Integer.MAX_VALUE;
        maxFirst[0] = Integer.MIN_VALUE;
        feasible[0] = true;
        for (int mask = 1; mask <= full; mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            int rest = mask & (mask - 1);
            Slot s = slots.get(low);
            maxFirst[mask] = Math.max(maxFirst[rest], s.first());
            minLast[mask] = Math.min(minLast[rest], s.last());
            feasible[mask] = feasible[rest] && maxFirst[mask] <= minLast[mask] && fits(slots, mask, settings);
        }
        int[] best = new int[full + 1];
        int[] choice = new int[full + 1];
        for (int mask = 1; mask <= full; mask++) {
            int lowBit = mask & -mask;
            int others = mask ^ lowBit;
            best[mask] = Integer.MAX_VALUE;
            // Every subset of the remaining slots, joined with the lowest one, is a candidate group.
            for (int sub = others;; sub = (sub - 1) & others) {
                int group = sub | lowBit;
                if (feasible[group] && best[mask ^ group] != Integer.MAX_VALUE && best[mask ^ group] + 1 < best[mask]) {
                    best[mask] = best[mask ^ group] + 1;
                    choice[mask] = group;
                }
                if (sub == 0) {
                    break;
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int mask = full; mask != 0; mask ^= choice[mask]) {
            int group = choice[mask];
            List<Slot> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((group & (1 << i)) != 0) {
                    members.add(slots.get(i));
                }
            }
            members.sort(BY_DEADLINE);
            groups.add(new Group(members, maxFirst[group], minLast[group]));
        }
        groups.sort(Comparator.comparingInt(Group::last).thenComparingInt(Group::first));
        return groups;
    }

    private static boolean fits(List<Slot> slots, int mask, MergeSettings settings) {
        TeamLoad load = new TeamLoad();
        for (int i = 0; i < slots.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                if (!load.fits(slots.get(i).target(), settings)) {
                    return false;
                }
                load.add(slots.get(i).target());
            }
        }
        return true;
    }
}
