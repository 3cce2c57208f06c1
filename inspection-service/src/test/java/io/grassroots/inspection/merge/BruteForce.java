package io.grassroots.inspection.merge;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tries every schedule of one unit's plan-targets around its frozen visits: every way to leave some
 * out and split the rest into visits, and every month for each visit. The best places the most, then
 * has the fewest visits, then the lowest busiest month. Only the referee's rules are used.
 */
final class BruteForce {
    /** What the best schedule achieves. */
    record Best(int placed, int visits, int busiest) {
    }

    private final Referee referee;
    private final Map<YearMonth, Integer> frozen;
    private final List<PlanTarget> items = new ArrayList<>();
    private final List<BitSet> starts = new ArrayList<>();
    private final int frozenBusiest;
    private Best best = new Best(0, 0, 0);

    private BruteForce(Referee referee, Map<YearMonth, Integer> frozen) {
        this.referee = referee;
        this.frozen = frozen;
        this.frozenBusiest = frozen.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        this.best = new Best(0, 0, frozenBusiest);
    }

    /** The best schedule of one unit's plan-targets; frozen: the unit's frozen visits per month. */
    static Best of(List<PlanTarget> targets, Map<YearMonth, Integer> frozen, Referee referee) {
        BruteForce search = new BruteForce(referee, frozen);
        for (PlanTarget t : targets) {
            BitSet days = new BitSet();
            referee.startDays(t).forEach(days::set);
            if (!days.isEmpty() && referee.fits(List.of(t))) {
                search.items.add(t);
                search.starts.add(days);
            }
        }
        search.assign(0, 0, new ArrayList<>(), new ArrayList<>());
        return search.best;
    }

    private void assign(int i, int placed, List<List<PlanTarget>> blocks, List<BitSet> common) {
        int most = placed + items.size() - i;
        if (most < best.placed() || (most == best.placed() && blocks.size() > best.visits())) {
            return;
        }
        if (i == items.size()) {
            evaluate(placed, blocks, common);
            return;
        }
        PlanTarget t = items.get(i);
        for (int b = 0; b < blocks.size(); b++) {
            List<PlanTarget> block = blocks.get(b);
            BitSet both = (BitSet) common.get(b).clone();
            both.and(starts.get(i));
            if (!referee.family(block.get(0)).equals(referee.family(t)) || both.isEmpty()) {
                continue;
            }
            block.add(t);
            if (referee.fits(block)) {
                BitSet before = common.set(b, both);
                assign(i + 1, placed + 1, blocks, common);
                common.set(b, before);
            }
            block.remove(block.size() - 1);
        }
        blocks.add(new ArrayList<>(List.of(t)));
        common.add((BitSet) starts.get(i).clone());
        assign(i + 1, placed + 1, blocks, common);
        blocks.remove(blocks.size() - 1);
        common.remove(common.size() - 1);
        assign(i + 1, placed, blocks, common);
    }

    private void evaluate(int placed, List<List<PlanTarget>> blocks, List<BitSet> common) {
        List<TreeSet<YearMonth>> months = new ArrayList<>();
        for (BitSet days : common) {
            TreeSet<YearMonth> m = new TreeSet<>();
            days.stream().forEach(d -> m.add(YearMonth.from(referee.days.get(d))));
            months.add(m);
        }
        int cap = referee.settings.unitMonthlyCap();
        for (int limit = Math.max(1, frozenBusiest); limit <= Math.max(cap, frozenBusiest); limit++) {
            if (fitsMonths(0, months, new HashMap<>(), Math.min(limit, cap))) {
                int busiest = blocks.isEmpty() ? frozenBusiest : Math.max(limit, frozenBusiest);
                Best candidate = new Best(placed, blocks.size(), busiest);
                if (better(candidate, best)) {
                    best = candidate;
                }
                return;
            }
        }
    }

    private static boolean better(Best a, Best b) {
        if (a.placed() != b.placed()) {
            return a.placed() > b.placed();
        }
        if (a.visits() != b.visits()) {
            return a.visits() < b.visits();
        }
        return a.busiest() < b.busiest();
    }

    /** Whether each block can get one of its months without any month passing the limit (frozen counted). */
    private boolean fitsMonths(int b, List<TreeSet<YearMonth>> months, Map<YearMonth, Integer> used, int limit) {
        if (b == months.size()) {
            return true;
        }
        for (YearMonth m : months.get(b)) {
            int count = used.getOrDefault(m, 0) + frozen.getOrDefault(m, 0);
            if (count < limit) {
                used.merge(m, 1, Integer::sum);
                boolean ok = fitsMonths(b + 1, months, used, limit);
                used.merge(m, -1, Integer::sum);
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }
}
