package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A good schedule for one unit's plan-targets when there are too many for the exact search: each
 * family is packed into the fewest groups, the groups are placed heaviest first, and then repaired
 * until nothing improves: refused plan-targets join placed groups, groups of one family merge to
 * free a month's room, and the refused are packed again and offered with the placed ones.
 */
final class GreedyPlacer {
    private static final Comparator<Group> HEAVIEST = Comparator.comparingInt(Group::size).reversed()
            .thenComparing(Group.BY_DEADLINE);

    private final Months months;
    private final MergeSettings settings;

    private GreedyPlacer(Months months, MergeSettings settings) {
        this.months = months;
        this.settings = settings;
    }

    static List<Group> solve(List<Slot> slots, Months months, MergeSettings settings) {
        return new GreedyPlacer(months, settings).run(slots);
    }

    private List<Group> run(List<Slot> slots) {
        List<Group> placed = List.of();
        List<Group> pool = pack(slots, settings);
        while (true) {
            List<Slot> left = new ArrayList<>();
            List<Group> next = heaviestFirst(pool, left);
            join(next, left);
            merge(next);
            if (!better(next, placed)) {
                break;
            }
            placed = next;
            pool = new ArrayList<>(next);
            pool.addAll(pack(left, settings));
        }
        return fewer(placed);
    }

    private static boolean better(List<Group> a, List<Group> b) {
        int placedA = a.stream().mapToInt(Group::size).sum();
        int placedB = b.stream().mapToInt(Group::size).sum();
        return placedA > placedB || (placedA == placedB && a.size() < b.size());
    }

    /** The fewest groups per family: without the monthly cap the greedy by deadline is optimal. */
    static List<Group> pack(List<Slot> slots, MergeSettings settings) {
        return pack(slots, settings, new TreeMap<>());
    }

    /** As above, telling each family's lower bound on its visits. */
    static List<Group> pack(List<Slot> slots, MergeSettings settings, Map<String, Integer> bounds) {
        Map<String, List<Slot>> byFamily = new TreeMap<>();
        for (Slot s : slots) {
            byFamily.computeIfAbsent(settings.familyOf(s.target().group()), f -> new ArrayList<>()).add(s);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Slot>> family : byFamily.entrySet()) {
            int bound = LowerBound.of(family.getValue(), settings);
            bounds.put(family.getKey(), bound);
            for (Packer.Group g : Packer.pack(family.getValue(), settings, bound)) {
                groups.add(new Group(family.getKey(), g.members()));
            }
        }
        return groups;
    }

    /**
     * The heaviest groups a month can be found for. Sets of groups that can all get a month form a
     * matroid (a transversal one), so taking the heaviest that still fits places the most.
     */
    private List<Group> heaviestFirst(List<Group> pool, List<Slot> left) {
        List<Group> order = new ArrayList<>(pool);
        order.sort(HEAVIEST);
        List<Group> chosen = new ArrayList<>();
        for (Group g : order) {
            chosen.add(g);
            if (!months.assign(chosen)) {
                chosen.remove(chosen.size() - 1);
                left.addAll(g.members());
            }
        }
        return chosen;
    }

    /** Lets each refused plan-target join a placed group of its family if a month can still be found. */
    private void join(List<Group> placed, List<Slot> left) {
        left.sort(Packer.BY_DEADLINE);
        for (Slot s : List.copyOf(left)) {
            String family = settings.familyOf(s.target().group());
            for (int i = 0; i < placed.size(); i++) {
                Group g = placed.get(i);
                if (!g.family().equals(family) || !g.accepts(s, settings)) {
                    continue;
                }
                placed.set(i, g.with(s));
                if (months.assign(placed)) {
                    left.remove(s);
                    break;
                }
                placed.set(i, g);
            }
        }
        months.assign(placed);
    }

    /** Merges groups of one family that can share a day: one visit fewer, and a month's room freed. */
    private void merge(List<Group> placed) {
        placed.sort(Group.BY_DEADLINE);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Group merged = placed.get(i).mergedWith(placed.get(j), settings);
                if (merged == null) {
                    continue;
                }
                Group a = placed.get(i);
                Group b = placed.remove(j);
                placed.set(i, merged);
                if (months.assign(placed)) {
                    j = i;
                } else {
                    placed.set(i, a);
                    placed.add(j, b);
                }
            }
        }
        months.assign(placed);
    }

    /** The placed plan-targets packed again per family, when that needs fewer visits and still gets months. */
    private List<Group> fewer(List<Group> placed) {
        List<Slot> slots = placed.stream().flatMap(g -> g.members().stream()).toList();
        List<Group> repacked = pack(slots, settings);
        if (repacked.size() < placed.size() && months.assign(repacked)) {
            return repacked;
        }
        months.assign(placed);
        return placed;
    }
}
