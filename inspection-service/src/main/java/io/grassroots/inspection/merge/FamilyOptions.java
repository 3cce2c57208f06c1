package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One merge family of a run of months: for every number of visits it may get in each month, the
 * most of its plan-targets it can place and the fewest visits that takes. Months are walked in
 * order; a state is the set placed so far and its visit count; a visit in month m adds one of the
 * month's maximal groups (minus what is placed). Groups that fit are closed under taking subsets,
 * so maximal groups reach every schedule, and a state is dropped when another placed a superset
 * with no more visits.
 */
final class FamilyOptions {
    private final List<Slot> slots;
    final int size;
    private final String family;
    /** The states: placed mask, visits, parent state, mask its last visit added. */
    private int[] mask = new int[16];
    private int[] visits = new int[16];
    private int[] parent = new int[16];
    private int[] added = new int[16];
    private int states;
    /** Per option: visits allowed per run month, what it places, its visits, its final state. */
    final List<int[]> patterns = new ArrayList<>();
    final List<Integer> placed = new ArrayList<>();
    final List<Integer> visitCounts = new ArrayList<>();
    private final List<Integer> leaves = new ArrayList<>();
    private long work;

    /** Beyond these the family is left to the heuristic: the search would cost more than it is worth. */
    static final long WORK_LIMIT = 20_000_000;
    static final int STATE_LIMIT = 200_000;

    /** Thrown when a family is too large to search. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** months: the run's months with room; room: the visits each may take; slots in a fixed order. */
    FamilyOptions(String family, List<Slot> slots, int[] months, int[] room, VisitDays days, MergeSettings settings) {
        this.family = family;
        this.slots = slots;
        this.size = slots.size();
        MaximalGroups maximal = new MaximalGroups(slots, settings);
        List<Integer> own = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        for (int j = 0; j < months.length; j++) {
            int from = days.monthStart(months[j]);
            int to = days.monthEnd(months[j]);
            if (slots.stream().noneMatch(s -> s.first() <= to && s.last() >= from)) {
                continue;
            }
            // One plan-target alone needs no search: it is a visit wherever its window meets the month.
            int[] g = size == 1 ? new int[] { 1 } : maximal.in(from, to);
            if (g.length > 0) {
                own.add(j);
                groups.add(g);
            }
        }
        state(0, 0, -1, 0);
        walk(0, new int[] { 0 }, new int[months.length], own, groups, room);
    }

    private int state(int placedMask, int visitCount, int from, int visit) {
        if (states == mask.length) {
            mask = Arrays.copyOf(mask, states * 2);
            visits = Arrays.copyOf(visits, states * 2);
            parent = Arrays.copyOf(parent, states * 2);
            added = Arrays.copyOf(added, states * 2);
        }
        mask[states] = placedMask;
        visits[states] = visitCount;
        parent[states] = from;
        added[states] = visit;
        return states++;
    }

    private void walk(int j, int[] frontier, int[] pattern, List<Integer> own, List<int[]> groups, int[] room) {
        if (j == own.size()) {
            int best = frontier[0];
            for (int s : frontier) {
                int byCount = Integer.bitCount(mask[s]) - Integer.bitCount(mask[best]);
                if (byCount > 0 || (byCount == 0 && visits[s] < visits[best])) {
                    best = s;
                }
            }
            patterns.add(pattern.clone());
            placed.add(Integer.bitCount(mask[best]));
            visitCounts.add(visits[best]);
            leaves.add(best);
            return;
        }
        int month = own.get(j);
        int[] current = frontier;
        int most = Math.min(room[month], size);
        for (int k = 0; k <= most; k++) {
            pattern[month] = k;
            walk(j + 1, current, pattern, own, groups, room);
            if (k < most) {
                int[] next = step(current, groups.get(j));
                // A further visit that places nothing more only wastes the month's room.
                if (next == current) {
                    break;
                }
                current = next;
            }
        }
        pattern[month] = 0;
    }

    /** The frontier after one more visit, or the same array when no visit places anything more. */
    private int[] step(int[] frontier, int[] groups) {
        int[] candidates = Arrays.copyOf(frontier, frontier.length + frontier.length * groups.length);
        int count = frontier.length;
        // Small frontiers are searched in place; large ones get an index.
        Map<Integer, Integer> at = candidates.length > 32 ? new HashMap<>() : null;
        for (int c = 0; at != null && c < count; c++) {
            at.put(mask[candidates[c]], c);
        }
        boolean grew = false;
        for (int s : frontier) {
            for (int g : groups) {
                int more = g & ~mask[s];
                if (more == 0) {
                    continue;
                }
                int reach = mask[s] | more;
                int known = at != null ? at.getOrDefault(reach, -1) : -1;
                for (int c = 0; at == null && c < count && known < 0; c++) {
                    known = mask[candidates[c]] == reach ? c : -1;
                }
                if (known < 0 && at != null) {
                    at.put(reach, count);
                }
                if (known < 0 || visits[candidates[known]] > visits[s] + 1) {
                    int id = state(reach, visits[s] + 1, s, more);
                    if (known < 0) {
                        candidates[count++] = id;
                    } else {
                        candidates[known] = id;
                    }
                    grew = true;
                }
            }
        }
        if (!grew) {
            return frontier;
        }
        work += (long) count * count;
        if (work > WORK_LIMIT || states > STATE_LIMIT) {
            throw new TooLarge();
        }
        int[] kept = new int[count];
        int size = 0;
        for (int c = 0; c < count; c++) {
            int a = candidates[c];
            boolean dominated = false;
            for (int d = 0; d < count && !dominated; d++) {
                int b = candidates[d];
                dominated = mask[b] != mask[a] && (mask[a] & ~mask[b]) == 0 && visits[b] <= visits[a];
            }
            if (!dominated) {
                kept[size++] = a;
            }
        }
        return Arrays.copyOf(kept, size);
    }

    /** The visits of an option. */
    List<Group> groups(int option) {
        List<Group> groups = new ArrayList<>();
        for (int s = leaves.get(option); parent[s] >= 0; s = parent[s]) {
            List<Slot> members = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                if ((added[s] & (1 << i)) != 0) {
                    members.add(slots.get(i));
                }
            }
            groups.add(new Group(family, members));
        }
        return groups;
    }
}
