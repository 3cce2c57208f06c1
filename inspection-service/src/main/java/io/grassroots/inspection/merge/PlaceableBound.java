package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * No schedule of one unit's run of months places more of the given plan-targets than this: the
 * bound reported for runs too large for the exact search. Every placed
 * plan-target sits in a visit starting in a month its window accepts; a month m takes at most
 * r(m) = cap − frozen visits there. For a family f, one visit in m holds at most w(f, m) of its
 * plan-targets (the largest set sharing a day of m that fits the team and department caps), so f
 * places at most U(f, m) = min(n(f, m), r(m)·w(f, m)) in m, where n(f, m) counts its plan-targets
 * whose window accepts m. The k visits a month holds are shared among families, the i-th visit of a
 * family adding at most min(w, n − (i−1)·w): so m places at most T(m), the sum of its r(m) largest
 * such additions. Any schedule is then a flow source → plan-target (1) → (f, m) (1) → m (U(f, m))
 * → sink (T(m)), and the maximum flow bounds what can be placed.
 */
final class PlaceableBound {
    private PlaceableBound() {
    }

    static int of(List<Slot> slots, Months months, MergeSettings settings) {
        if (slots.isEmpty()) {
            return 0;
        }
        VisitDays days = months.days();
        // (family, month) → its plan-targets; TreeMaps keep the flow's order independent of the input's.
        Map<String, List<Slot>> byFamilyMonth = new TreeMap<>();
        Map<Integer, List<String>> familiesOfMonth = new TreeMap<>();
        List<List<String>> edges = new ArrayList<>();
        for (Slot s : slots) {
            String family = settings.familyOf(s.target().group());
            List<String> own = new ArrayList<>();
            for (int m = days.month(s.first()); m <= days.month(s.last()); m++) {
                if (months.room(m) > 0) {
                    String key = family + "|" + m;
                    own.add(key);
                    byFamilyMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                }
            }
            edges.add(own);
        }
        Map<String, Integer> nodeOf = new HashMap<>();
        Map<Integer, Integer> monthNode = new HashMap<>();
        int next = 1 + slots.size();
        for (String key : byFamilyMonth.keySet()) {
            nodeOf.put(key, next++);
            int m = Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
            familiesOfMonth.computeIfAbsent(m, x -> new ArrayList<>()).add(key);
        }
        for (int m : familiesOfMonth.keySet()) {
            monthNode.put(m, next++);
        }
        Flow flow = new Flow(next + 1);
        int sink = next;
        for (int i = 0; i < slots.size(); i++) {
            flow.edge(0, 1 + i, 1);
            for (String key : edges.get(i)) {
                flow.edge(1 + i, nodeOf.get(key), 1);
            }
        }
        for (Map.Entry<Integer, List<String>> month : familiesOfMonth.entrySet()) {
            int m = month.getKey();
            long room = months.room(m);
            List<Integer> additions = new ArrayList<>();
            for (String key : month.getValue()) {
                List<Slot> members = byFamilyMonth.get(key);
                int n = members.size();
                int w = widest(members, days.monthStart(m), days.monthEnd(m), settings);
                flow.edge(nodeOf.get(key), monthNode.get(m), (int) Math.min(n, room * w));
                for (int left = n; left > 0 && w > 0; left -= w) {
                    additions.add(Math.min(w, left));
                }
            }
            additions.sort(Comparator.reverseOrder());
            long total = 0;
            for (int i = 0; i < additions.size() && i < room; i++) {
                total += additions.get(i);
            }
            flow.edge(monthNode.get(m), sink, (int) Math.min(Integer.MAX_VALUE, total));
        }
        return flow.max(0, sink);
    }

    /** The most of these plan-targets one visit on a day from..to can hold. */
    private static int widest(List<Slot> slots, int from, int to, MergeSettings settings) {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(from);
        for (Slot s : slots) {
            if (s.first() > from && s.first() <= to) {
                starts.add(s.first());
            }
        }
        int best = 0;
        // The set of windows holding a day only grows at a window's start: those days suffice.
        for (int d : starts) {
            List<PlanTarget> present = new ArrayList<>();
            for (Slot s : slots) {
                if (s.first() <= d && d <= s.last()) {
                    present.add(s.target());
                }
            }
            best = Math.max(best, mostThatFit(present, settings));
            if (best == slots.size()) {
                break;
            }
        }
        return best;
    }

    /**
     * The largest subset under the caps: a department sending a team of x takes all its plan-targets
     * of team ≤ x, so it is a knapsack over departments (at most the department cap of them).
     */
    private static int mostThatFit(List<PlanTarget> targets, MergeSettings settings) {
        TeamLoad all = new TeamLoad(targets);
        if (all.total() <= settings.teamCapPerVisit() && all.departments() <= settings.departmentsPerVisit()) {
            return targets.size();
        }
        Map<String, List<Integer>> teams = new TreeMap<>();
        for (PlanTarget t : targets) {
            teams.computeIfAbsent(t.departmentId(), d -> new ArrayList<>()).add(t.teamSize());
        }
        int capacity = Math.min(settings.teamCapPerVisit(), all.total());
        int k = Math.min(settings.departmentsPerVisit(), teams.size());
        int[][] best = new int[k + 1][capacity + 1];
        for (int[] row : best) {
            Arrays.fill(row, -1);
        }
        best[0][0] = 0;
        for (List<Integer> sizes : teams.values()) {
            sizes.sort(null);
            for (int used = k - 1; used >= 0; used--) {
                for (int team = capacity; team >= 0; team--) {
                    if (best[used][team] < 0) {
                        continue;
                    }
                    for (int j = 0; j < sizes.size(); j++) {
                        int x = sizes.get(j);
                        if ((j + 1 < sizes.size() && sizes.get(j + 1) == x) || team + x > capacity) {
                            continue;
                        }
                        best[used + 1][team + x] = Math.max(best[used + 1][team + x], best[used][team] + j + 1);
                    }
                }
            }
        }
        int most = 0;
        for (int[] row : best) {
            for (int v : row) {
                most = Math.max(most, v);
            }
        }
        return most;
    }
}
