package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Schedules one unit around its frozen visits: sets aside the plan-targets no visit can take,
 * splits the rest into stretches of months no window crosses (they share no monthly cap), finds
 * for each the visits that place the most and then need the fewest, gives every visit a month with
 * the busiest month as low as it can be and the earliest day there.
 */
final class UnitScheduler {
    private static final Comparator<PlanTarget> TARGET_ORDER = Visits.BY_KEY;
    private static final Comparator<Unplaced> BY_TARGET = Comparator.comparing(Unplaced::target, TARGET_ORDER);

    private final MergeSettings settings;
    private final VisitDays days;
    /** Off only in tests, to judge the heuristic on its own. */
    private final boolean exact;

    /** The unit's visits (its frozen ones unchanged), what stayed unplaced or alone, and the two bounds. */
    record Outcome(List<Visit> visits, List<Unplaced> unplaced, List<NotMerged> notMerged, int placeableBound,
            int lowerBound) {
    }

    UnitScheduler(MergeSettings settings, VisitDays days, boolean exact) {
        this.settings = settings;
        this.days = days;
        this.exact = exact;
    }

    /** The slot of a plan-target: the visit days its work may start on, null when its window holds none. */
    Slot slotOf(PlanTarget t) {
        int first = days.ceilIndex(t.windowStart());
        int last = days.floorIndex(t.windowEnd()) - (t.onSiteDays() - 1);
        return first <= last ? new Slot(t, first, last) : null;
    }

    /** No schedule of the unit places more of the targets around the frozen visits. */
    int placeableBound(List<PlanTarget> targets, List<Visit> frozen) {
        Months months = monthsAround(frozen);
        List<Slot> slots = new ArrayList<>();
        sort(targets, slots, new ArrayList<>(), new ArrayList<>());
        return components(slots).stream().mapToInt(run -> solve(run, months).bound()).sum();
    }

    private Months monthsAround(List<Visit> frozen) {
        Map<Integer, Integer> frozenPerMonth = new HashMap<>();
        frozen.forEach(v -> frozenPerMonth.merge(VisitDays.monthOf(v.date()), 1, Integer::sum));
        return new Months(days, settings.unitMonthlyCap(), frozenPerMonth);
    }

    /** Splits the plan-targets into those with a slot, those whose team exceeds the cap and those without a day. */
    private void sort(List<PlanTarget> targets, List<Slot> slots, List<PlanTarget> capacity,
            List<PlanTarget> calendar) {
        List<PlanTarget> order = new ArrayList<>(targets);
        order.sort(TARGET_ORDER);
        for (PlanTarget t : order) {
            Slot slot = slotOf(t);
            if (t.teamSize() > settings.teamCapPerVisit()) {
                capacity.add(t);
            } else if (slot == null) {
                calendar.add(t);
            } else {
                slots.add(slot);
            }
        }
    }

    Outcome schedule(List<PlanTarget> targets, List<Visit> frozen) {
        Outcome alone = targets.size() == 1 && frozen.isEmpty() ? alone(targets.get(0)) : null;
        if (alone != null) {
            return alone;
        }
        Months months = monthsAround(frozen);
        List<Slot> slots = new ArrayList<>();
        List<PlanTarget> capacity = new ArrayList<>();
        List<PlanTarget> calendar = new ArrayList<>();
        sort(targets, slots, capacity, calendar);
        List<Group> groups = new ArrayList<>();
        int bound = 0;
        int lowerBound = frozen.size();
        for (List<Slot> run : components(slots)) {
            RunPlan plan = solve(run, months);
            bound += plan.bound();
            lowerBound += plan.fewestVisits();
            groups.addAll(plan.groups());
        }
        months.lowestBusiest(groups);
        UnitVisits unit = new UnitVisits(frozen, days, settings);
        BitSet taken = new BitSet();
        frozen.forEach(v -> v.days().stream().mapToInt(days::indexOf).filter(i -> i >= 0).forEach(taken::set));
        groups.sort(Comparator.comparingInt((Group g) -> g.month).thenComparing(Group.BY_DEADLINE));
        Set<Slot> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        // Per family, the days a visit of it starts on (a visit is known by unit, day and family).
        Map<String, BitSet> familyStarts = new HashMap<>();
        frozen.stream().filter(v -> days.indexOf(v.date()) >= 0).forEach(v -> familyStarts
                .computeIfAbsent(v.family(), f -> new BitSet()).set(days.indexOf(v.date())));
        for (Group g : groups) {
            BitSet starts = familyStarts.computeIfAbsent(g.family(), f -> new BitSet());
            int day = months.day(g, taken, starts);
            taken.set(day, day + g.length());
            starts.set(day);
            unit.add(Visits.build(g.members().stream().map(Slot::target).toList(), day, days, g.family(), false));
            placed.addAll(g.members());
        }
        List<Slot> refused = new ArrayList<>(slots.stream().filter(s -> !placed.contains(s)).toList());
        // With the days fixed, a refused plan-target that a visit or a month can still take gets it.
        refused.sort(Packer.BY_DEADLINE);
        boolean repaired = refused.removeIf(unit::place);

        List<Unplaced> unplaced = new ArrayList<>();
        capacity.forEach(t -> unplaced.add(Suggestions.refuse(t, Unplaced.Reason.CAPACITY, unit)));
        calendar.forEach(t -> unplaced.add(Suggestions.refuse(t, Unplaced.Reason.CALENDAR, unit)));
        refused.forEach(s -> unplaced.add(Suggestions.refuse(s.target(), Unplaced.Reason.UNIT_MONTHLY_CAP, unit)));
        // In the result's order already (units come in order): its sort of a year's refusals is then one pass.
        unplaced.sort(BY_TARGET);

        List<Visit> fresh = unit.visits().stream().filter(v -> !v.frozen()).toList();
        Map<String, List<Slot>> placedByFamily = new TreeMap<>();
        for (Visit v : fresh) {
            v.members().forEach(t -> placedByFamily.computeIfAbsent(v.family(), f -> new ArrayList<>()).add(slotOf(t)));
        }
        if (repaired) {
            lowerBound = frozen.size();
            for (List<Slot> family : placedByFamily.values()) {
                lowerBound += LowerBound.of(family, settings);
            }
        }
        List<NotMerged> notMerged = new ArrayList<>();
        Singles.explain(placedByFamily, fresh, settings, days, notMerged);
        return new Outcome(unit.visits(), unplaced, notMerged, bound, lowerBound);
    }

    /**
     * A unit with one plan-target and nothing frozen (most units of a year), when a visit can take it:
     * what the search below returns for it, without the search. Its visit starts on its window's
     * first visit day (that month has room: the cap is at least one and nothing else is there); it
     * is the only plan, placed, and needs one visit. Null when the plan-target is refused: the
     * search says why.
     */
    private Outcome alone(PlanTarget t) {
        Slot slot = slotOf(t);
        if (slot == null || t.teamSize() > settings.teamCapPerVisit() || settings.unitMonthlyCap() < 1
                || settings.departmentsPerVisit() < 1) {
            return null;
        }
        String family = settings.familyOf(t.group());
        Visit visit = Visits.build(List.of(t), slot.first(), days, family, false);
        return new Outcome(List.of(visit), List.of(), List.of(Singles.onlyPlan(t, family)), 1, 1);
    }

    /** Runs of slots whose months overlap, in month order: different runs never share a month. */
    private List<List<Slot>> components(List<Slot> slots) {
        List<Slot> order = new ArrayList<>(slots);
        order.sort(Comparator.comparingInt((Slot s) -> days.month(s.first())).thenComparing(Packer.BY_DEADLINE));
        List<List<Slot>> runs = new ArrayList<>();
        int end = Integer.MIN_VALUE;
        for (Slot s : order) {
            if (days.month(s.first()) > end) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(s);
            end = Math.max(end, days.month(s.last()));
        }
        for (List<Slot> run : runs) {
            run.sort(Comparator.comparing(Slot::target, Visits.BY_KEY));
        }
        return runs;
    }

    /** The visits chosen for a run, the most any schedule of the run could place, and the fewest visits its placed need. */
    private record RunPlan(List<Group> groups, int bound, int fewestVisits) {
    }

    /**
     * The groups of one run. When the fewest groups per family all get a month and match the lower
     * bound, nothing can do better; else the exact search decides, with the busiest month kept
     * lowest; runs too large for it get the heuristic and the flow bound.
     */
    private RunPlan solve(List<Slot> run, Months months) {
        Map<String, Integer> bounds = new HashMap<>();
        List<Group> packed = GreedyPlacer.pack(run, settings, bounds);
        int fewest = bounds.values().stream().mapToInt(Integer::intValue).sum();
        if (packed.size() == fewest && months.assign(packed)) {
            // All placed with the fewest visits: only a lower busiest month could still be better.
            int busiest = months.lowestBusiest(packed);
            int floor = months.busiestAtLeast(run, settings, busiest);
            if (floor < busiest && exact) {
                months.limit(busiest - 1);
                ExactPlacer placer = months.room(run) < packed.size() ? null : ExactPlacer.of(run, months, settings);
                months.limit(settings.unitMonthlyCap());
                packed = placer == null ? packed : lowerBusiest(run, months, placer, packed, floor, busiest);
            }
            return new RunPlan(packed, run.size(), fewest);
        }
        ExactPlacer placer = exact ? ExactPlacer.of(run, months, settings) : null;
        if (placer == null) {
            List<Group> greedy = GreedyPlacer.solve(run, months, settings);
            return new RunPlan(greedy, Math.max(placed(greedy), PlaceableBound.of(run, months, settings)),
                    fewestVisits(greedy));
        }
        List<Group> best = placer.best(months);
        best = lowerBusiest(run, months, placer, best, months.lowestLimit(), months.lowestBusiest(best));
        return new RunPlan(best, placed(best), fewestVisits(best));
    }

    /**
     * The visits placing as many with as few visits under the lowest limit on the busiest month
     * that allows it, searched from low (no schedule does better) to high (best already does).
     */
    private List<Group> lowerBusiest(List<Slot> run, Months months, ExactPlacer placer, List<Group> best, int low,
            int high) {
        int placed = placed(best);
        while (low < high) {
            int mid = (low + high) >>> 1;
            months.limit(mid);
            // As many visits need as much room: no search when the lower limit leaves too little.
            List<Group> trial = months.room(run) < best.size() ? null : placer.best(months);
            months.limit(settings.unitMonthlyCap());
            if (trial != null && placed(trial) == placed && trial.size() == best.size()) {
                best = trial;
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return best;
    }

    private int fewestVisits(List<Group> groups) {
        Map<String, List<Slot>> byFamily = new TreeMap<>();
        groups.forEach(g -> byFamily.computeIfAbsent(g.family(), f -> new ArrayList<>()).addAll(g.members()));
        return byFamily.values().stream().mapToInt(f -> LowerBound.of(f, settings)).sum();
    }

    private static int placed(List<Group> groups) {
        return groups.stream().mapToInt(Group::size).sum();
    }
}
