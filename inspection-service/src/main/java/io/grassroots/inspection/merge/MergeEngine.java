package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The merge engine (联合检查): turns approved plan-targets into joint visits, placing as many as
 * the caps allow, then with the fewest visits, then with the busiest unit-month as low as it can
 * be, then as early as it can be. Units never share a visit, so each unit is scheduled on its own
 * ({@link UnitScheduler}). Deterministic: the result depends only on the input, never on its order.
 */
public final class MergeEngine {
    private static final Comparator<PlanTarget> TARGET_ORDER = Comparator.comparing(PlanTarget::unitCode)
            .thenComparing(Visits.BY_KEY);
    /** Below this many units a schedule is quicker on one thread than handed out to several. */
    private static final int PARALLEL_UNITS = 64;
    private static final Comparator<Visit> VISIT_ORDER = Comparator.comparing(Visit::unitCode)
            .thenComparing(Visit::date).thenComparing(Visit::family);

    private final MergeSettings settings;
    private final VisitDays days;
    private final UnitScheduler scheduler;

    /** The visit days this engine schedules on. */
    public VisitDays days() {
        return days;
    }

    public MergeEngine(MergeSettings settings, VisitDays days) {
        this(settings, days, true);
    }

    /** With exactSearch off every run gets the heuristic: for tests that judge it on its own. */
    MergeEngine(MergeSettings settings, VisitDays days, boolean exactSearch) {
        this.settings = settings;
        this.days = days;
        this.scheduler = new UnitScheduler(settings, days, exactSearch);
    }

    /** Schedules all plan-targets around the frozen (confirmed) visits, which stay as they are. */
    public MergeResult schedule(List<PlanTarget> targets, List<Visit> frozen) {
        // Hashed, then sorted once by unit: a tree map costs a string comparison per level per plan-target.
        Map<String, List<PlanTarget>> byUnit = new HashMap<>();
        for (PlanTarget t : targets) {
            byUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>()).add(t);
        }
        Map<String, List<Visit>> frozenByUnit = new HashMap<>();
        for (Visit v : frozen) {
            frozenByUnit.computeIfAbsent(v.unitCode(), u -> new ArrayList<>()).add(v);
            byUnit.computeIfAbsent(v.unitCode(), u -> new ArrayList<>());
        }
        // Units never share a visit, so a year's units are scheduled on every core; the outcomes are
        // added up in unit order, so the result is the same as one core's.
        // The codes sorted as an array, on every core: cheaper than comparing the map's entries.
        String[] units = byUnit.keySet().toArray(new String[0]);
        Arrays.parallelSort(units);
        Stream<String> each = units.length >= PARALLEL_UNITS ? Arrays.stream(units).parallel() : Arrays.stream(units);
        List<UnitScheduler.Outcome> outcomes = each
                .map(unit -> scheduler.schedule(byUnit.get(unit), frozenByUnit.getOrDefault(unit, List.of()))).toList();
        Totals totals = new Totals();
        for (int i = 0; i < units.length; i++) {
            totals.add(outcomes.get(i), members(frozenByUnit.getOrDefault(units[i], List.of())));
        }
        int planTargets = targets.size() + members(frozen);
        // Each unit's visits come ordered by date and family, and the units in order: already the result's order.
        return result(totals, planTargets, true);
    }

    /**
     * Places newly approved plan-targets into the current schedule of their units: into an open
     * visit where one fits, else a new visit in a month with room. When that leaves some unplaced,
     * the unit's open visits are planned again with them, and that plan is taken only if it keeps
     * every plan-target already placed and places more: stability first. Costs only the given units.
     */
    public MergeResult add(List<Visit> current, List<PlanTarget> newTargets) {
        Map<String, List<Visit>> byUnit = new TreeMap<>();
        for (Visit v : current) {
            byUnit.computeIfAbsent(v.unitCode(), u -> new ArrayList<>()).add(v);
        }
        Map<String, List<PlanTarget>> newByUnit = new TreeMap<>();
        List<PlanTarget> order = new ArrayList<>(newTargets);
        order.sort(TARGET_ORDER);
        for (PlanTarget t : order) {
            newByUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>()).add(t);
            byUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>());
        }
        Totals totals = new Totals();
        for (Map.Entry<String, List<Visit>> unit : byUnit.entrySet()) {
            List<Visit> visits = unit.getValue();
            List<PlanTarget> fresh = newByUnit.getOrDefault(unit.getKey(), List.of());
            totals.add(addToUnit(visits, fresh), members(visits.stream().filter(Visit::frozen).toList()));
        }
        totals.notMerged.clear();
        int planTargets = members(totals.visits) + totals.unplaced.size();
        return result(totals, planTargets, false);
    }

    private UnitScheduler.Outcome addToUnit(List<Visit> visits, List<PlanTarget> fresh) {
        List<Visit> frozen = visits.stream().filter(Visit::frozen).toList();
        List<PlanTarget> open = visits.stream().filter(v -> !v.frozen()).flatMap(v -> v.members().stream()).toList();
        UnitVisits unit = new UnitVisits(visits, days, settings);
        List<PlanTarget> refused = new ArrayList<>();
        Map<PlanTarget, Unplaced.Reason> reasons = new LinkedHashMap<>();
        for (PlanTarget t : fresh) {
            Slot slot = scheduler.slotOf(t);
            if (t.teamSize() > settings.teamCapPerVisit()) {
                reasons.put(t, Unplaced.Reason.CAPACITY);
            } else if (slot == null) {
                reasons.put(t, Unplaced.Reason.CALENDAR);
            } else if (!unit.place(slot)) {
                refused.add(t);
            }
        }
        // Suggestions speak of the unit as it ends up, after all new plan-targets found their places.
        List<Unplaced> unplaced = new ArrayList<>();
        reasons.forEach((t, reason) -> unplaced.add(Suggestions.refuse(t, reason, unit)));
        List<PlanTarget> all = new ArrayList<>(open);
        all.addAll(fresh);
        if (!refused.isEmpty()) {
            UnitScheduler.Outcome again = scheduler.schedule(all, frozen);
            Set<String> placed = again.visits().stream().flatMap(v -> v.members().stream()).map(PlanTarget::key)
                    .collect(Collectors.toSet());
            boolean keepsAll = open.stream().allMatch(t -> placed.contains(t.key()));
            if (keepsAll && again.unplaced().size() < unplaced.size() + refused.size()) {
                return again;
            }
            int bound = Math.max(scheduler.placeableBound(all, frozen), all.size() - unplaced.size() - refused.size());
            refused.forEach(t -> unplaced.add(Suggestions.refuse(t, Unplaced.Reason.UNIT_MONTHLY_CAP, unit)));
            return new UnitScheduler.Outcome(unit.visits(), unplaced, List.of(), bound, lowerBound(unit.visits()));
        }
        return new UnitScheduler.Outcome(unit.visits(), unplaced, List.of(), all.size() - unplaced.size(),
                lowerBound(unit.visits()));
    }

    /** The frozen visits, and the fewest visits the open visits' plan-targets need per family. */
    private int lowerBound(List<Visit> visits) {
        Map<String, List<Slot>> byFamily = new TreeMap<>();
        int frozen = 0;
        for (Visit v : visits) {
            if (v.frozen()) {
                frozen++;
                continue;
            }
            for (PlanTarget t : v.members()) {
                Slot s = scheduler.slotOf(t);
                if (s != null) {
                    byFamily.computeIfAbsent(v.family(), f -> new ArrayList<>()).add(s);
                }
            }
        }
        return frozen + byFamily.values().stream().mapToInt(f -> LowerBound.of(f, settings)).sum();
    }

    /** Takes a cancelled plan out of every visit; a visit left empty disappears, the others keep their days. */
    public List<Visit> removePlan(List<Visit> current, String planId) {
        List<Visit> kept = new ArrayList<>();
        for (Visit v : current) {
            List<PlanTarget> members = v.members().stream().filter(t -> !t.planId().equals(planId)).toList();
            if (members.size() == v.members().size()) {
                kept.add(v);
            } else if (!members.isEmpty()) {
                int start = days.indexOf(v.date());
                // A confirmed visit, or one whose day the calendar has since taken away, keeps its days.
                kept.add(v.frozen() || start < 0 ? Visits.withMembers(v, members)
                        : Visits.build(members, start, days, v.family(), false));
            }
        }
        return kept;
    }

    /** Joint teams' routes: visits of one family and lead in one county, chained while within a few days. */
    public List<Itinerary> itineraries(List<Visit> visits) {
        return Itineraries.of(visits, settings.itineraryDays(), false);
    }

    private static int members(List<Visit> visits) {
        return visits.stream().mapToInt(v -> v.members().size()).sum();
    }

    /** What the units' outcomes add up to. */
    private static final class Totals {
        final List<Visit> visits = new ArrayList<>();
        final List<Unplaced> unplaced = new ArrayList<>();
        final List<NotMerged> notMerged = new ArrayList<>();
        int lowerBound;
        int placeableBound;

        void add(UnitScheduler.Outcome outcome, int frozenMembers) {
            visits.addAll(outcome.visits());
            unplaced.addAll(outcome.unplaced());
            notMerged.addAll(outcome.notMerged());
            lowerBound += outcome.lowerBound();
            placeableBound += frozenMembers + outcome.placeableBound();
        }
    }

    private MergeResult result(Totals totals, int planTargets, boolean sorted) {
        List<Visit> visits = totals.visits;
        if (!sorted) {
            visits.sort(VISIT_ORDER);
        }
        // Sorted by unit and date, a unit-month's visits are adjacent: the busiest is the longest run.
        int busiest = 0;
        int run = 0;
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            Visit before = i > 0 ? visits.get(i - 1) : null;
            boolean same = before != null && before.unitCode().equals(v.unitCode())
                    && VisitDays.monthOf(before.date()) == VisitDays.monthOf(v.date());
            run = same ? run + 1 : 1;
            busiest = Math.max(busiest, run);
        }
        int noMerge = planTargets - (int) totals.unplaced.stream()
                .filter(u -> u.reason() != Unplaced.Reason.UNIT_MONTHLY_CAP).count();
        int lowerBound = totals.lowerBound;
        double ratio = lowerBound == 0 ? (visits.isEmpty() ? 1.0 : Double.POSITIVE_INFINITY)
                : (double) visits.size() / lowerBound;
        List<Unplaced> unplaced = new ArrayList<>(totals.unplaced);
        unplaced.sort(Comparator.comparing((Unplaced u) -> u.target().unitCode()).thenComparing(Unplaced::target,
                Visits.BY_KEY));
        return new MergeResult(List.copyOf(visits), Itineraries.of(visits, settings.itineraryDays(), true),
                List.copyOf(unplaced),
                List.copyOf(totals.notMerged), new MergeResult.Summary(planTargets, visits.size(), lowerBound, ratio,
                        noMerge, unplaced.size(), busiest, totals.placeableBound));
    }
}
