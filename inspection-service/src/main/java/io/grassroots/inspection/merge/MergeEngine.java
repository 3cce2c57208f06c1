package io.grassroots.inspection.merge;

import io.grassroots.inspection.merge.Packer.Group;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The merge engine (联合检查): turns approved plan-targets into as few joint visits as the rules
 * allow. Units never share a visit, so each unit is scheduled on its own: its plan-targets are
 * packed per merge family into groups that share a start day, then the groups are given days under
 * the monthly cap, earliest deadline first, with the busiest month kept as low as possible.
 * Deterministic: the result depends only on the input, never on its order.
 */
public final class MergeEngine {
    private static final Comparator<PlanTarget> TARGET_ORDER = Comparator.comparing(PlanTarget::unitCode)
            .thenComparing(PlanTarget::key);
    private static final Comparator<Visit> VISIT_ORDER = Comparator.comparing(Visit::unitCode)
            .thenComparing(Visit::date);

    private final MergeSettings settings;
    private final VisitDays days;

    public MergeEngine(MergeSettings settings, VisitDays days) {
        this.settings = settings;
        this.days = days;
    }

    /** Schedules all plan-targets around the frozen (confirmed) visits, which stay as they are. */
    public MergeResult schedule(List<PlanTarget> targets, List<Visit> frozen) {
        Map<String, List<PlanTarget>> byUnit = new TreeMap<>();
        for (PlanTarget t : targets) {
            byUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>()).add(t);
        }
        Map<String, List<Visit>> frozenByUnit = new TreeMap<>();
        for (Visit v : frozen) {
            frozenByUnit.computeIfAbsent(v.unitCode(), u -> new ArrayList<>()).add(v);
            byUnit.computeIfAbsent(v.unitCode(), u -> new ArrayList<>());
        }
        List<Visit> visits = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        List<NotMerged> notMerged = new ArrayList<>();
        int lowerBound = 0;
        for (Map.Entry<String, List<PlanTarget>> unit : byUnit.entrySet()) {
            UnitCalendar calendar = new UnitCalendar(days);
            for (Visit v : frozenByUnit.getOrDefault(unit.getKey(), List.of())) {
                calendar.book(days.indexOf(v.date()), v.days().size());
                visits.add(v);
                lowerBound++;
            }
            lowerBound += scheduleUnit(unit.getValue(), calendar, visits, unplaced, notMerged);
        }
        int planTargets = targets.size() + frozen.stream().mapToInt(v -> v.members().size()).sum();
        return result(visits, unplaced, notMerged, planTargets, lowerBound);
    }

    /** Places newly approved plan-targets into the current schedule: into an open visit where one fits. */
    public MergeResult add(List<Visit> current, List<PlanTarget> newTargets) {
        Map<String, List<Visit>> byUnit = new TreeMap<>();
        Map<String, UnitCalendar> calendars = new HashMap<>();
        for (Visit v : current) {
            byUnit.computeIfAbsent(v.unitCode(), u -> new ArrayList<>()).add(v);
            calendars.computeIfAbsent(v.unitCode(), u -> new UnitCalendar(days))
                    .book(days.indexOf(v.date()), v.days().size());
        }
        List<Unplaced> unplaced = new ArrayList<>();
        List<PlanTarget> order = new ArrayList<>(newTargets);
        order.sort(TARGET_ORDER);
        for (PlanTarget t : order) {
            List<Visit> unitVisits = byUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>());
            UnitCalendar calendar = calendars.computeIfAbsent(t.unitCode(), u -> new UnitCalendar(days));
            Optional<Unplaced> refused = addOne(t, unitVisits, calendar);
            refused.ifPresent(unplaced::add);
        }
        List<Visit> visits = byUnit.values().stream().flatMap(List::stream).toList();
        List<PlanTarget> all = visits.stream().filter(v -> !v.frozen()).flatMap(v -> v.members().stream()).toList();
        int frozenCount = (int) visits.stream().filter(Visit::frozen).count();
        int lowerBound = frozenCount + lowerBound(all);
        int planTargets = visits.stream().mapToInt(v -> v.members().size()).sum() + unplaced.size();
        return result(new ArrayList<>(visits), unplaced, List.of(), planTargets, lowerBound);
    }

    /** Takes a cancelled plan out of every visit; a visit left empty disappears, the others keep their days. */
    public List<Visit> removePlan(List<Visit> current, String planId) {
        List<Visit> kept = new ArrayList<>();
        for (Visit v : current) {
            List<PlanTarget> members = v.members().stream().filter(t -> !t.planId().equals(planId)).toList();
            if (members.size() == v.members().size()) {
                kept.add(v);
            } else if (!members.isEmpty()) {
                kept.add(Visits.build(members, days.indexOf(v.date()), days, v.family(), v.frozen()));
            }
        }
        return kept;
    }

    private Slot slotOf(PlanTarget t) {
        int first = days.ceilIndex(t.windowStart());
        int last = days.floorIndex(t.windowEnd()) - (t.onSiteDays() - 1);
        return first <= last ? new Slot(t, first, last) : null;
    }

    private int scheduleUnit(List<PlanTarget> targets, UnitCalendar calendar, List<Visit> visits,
            List<Unplaced> unplaced, List<NotMerged> notMerged) {
        Map<String, List<Slot>> byFamily = new TreeMap<>();
        List<PlanTarget> order = new ArrayList<>(targets);
        order.sort(TARGET_ORDER);
        for (PlanTarget t : order) {
            Slot slot = slotOf(t);
            if (t.teamSize() > settings.teamCapPerVisit()) {
                unplaced.add(new Unplaced(t, Unplaced.Reason.CAPACITY, "team of " + t.teamSize()
                        + " exceeds the cap of " + settings.teamCapPerVisit() + " per visit"));
            } else if (slot == null) {
                unplaced.add(new Unplaced(t, Unplaced.Reason.CALENDAR, "window " + t.windowStart() + ".."
                        + t.windowEnd() + " holds fewer than " + t.onSiteDays() + " consecutive visit day(s)"));
            } else {
                byFamily.computeIfAbsent(settings.familyOf(t.group()), f -> new ArrayList<>()).add(slot);
            }
        }
        List<FamilyGroup> groups = new ArrayList<>();
        Map<String, Integer> bounds = new TreeMap<>();
        for (Map.Entry<String, List<Slot>> family : byFamily.entrySet()) {
            int familyBound = LowerBound.of(family.getValue(), settings);
            bounds.put(family.getKey(), familyBound);
            for (Group g : Packer.pack(family.getValue(), settings, familyBound)) {
                groups.add(new FamilyGroup(family.getKey(), g));
            }
        }
        Placement placement = place(groups, calendar);
        List<Visit> unitVisits = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            FamilyGroup fg = groups.get(i);
            int start = placement.starts[i];
            if (start < 0) {
                for (Slot s : fg.group.members()) {
                    unplaced.add(new Unplaced(s.target(), Unplaced.Reason.UNIT_MONTHLY_CAP, "every month of the window "
                            + s.target().windowStart() + ".." + s.target().windowEnd() + " already has "
                            + settings.unitMonthlyCap() + " visit(s) to " + s.target().unitCode()));
                }
                // The bound speaks of what this schedule placed: refused plan-targets leave the family's count.
                List<Slot> placed = new ArrayList<>(byFamily.get(fg.family));
                placed.removeAll(fg.group.members());
                byFamily.put(fg.family, placed);
                bounds.put(fg.family, LowerBound.of(placed, settings));
            } else {
                unitVisits.add(Visits.build(fg.group.members().stream().map(Slot::target).toList(), start, days,
                        fg.family, false));
            }
        }
        visits.addAll(unitVisits);
        explainSingles(byFamily, unitVisits, notMerged);
        calendar.copyFrom(placement.calendar);
        return bounds.values().stream().mapToInt(Integer::intValue).sum();
    }

    private record FamilyGroup(String family, Group group) {
    }

    private record Placement(int[] starts, UnitCalendar calendar) {
    }

    /**
     * Gives each group a start day, earliest deadline first, trying a monthly cap of 1, 2 … up to the
     * rule's cap so that the busiest month stays as low as it can.
     */
    private Placement place(List<FamilyGroup> groups, UnitCalendar calendar) {
        Integer[] order = new Integer[groups.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> groups.get(i).group.last())
                .thenComparingInt(i -> groups.get(i).group.first())
                .thenComparing(i -> groups.get(i).family)
                .thenComparing(i -> groups.get(i).group.members().get(0).target().key()));
        Placement best = null;
        for (int cap = 1; cap <= settings.unitMonthlyCap(); cap++) {
            UnitCalendar trial = calendar.copy();
            int[] starts = new int[groups.size()];
            boolean all = true;
            for (int i : order) {
                Group g = groups.get(i).group;
                int length = Visits.length(g.members().stream().map(Slot::target).toList());
                starts[i] = trial.earliest(g.first(), g.last(), length, cap);
                if (starts[i] >= 0) {
                    trial.book(starts[i], length);
                }
                all &= starts[i] >= 0;
            }
            best = new Placement(starts, trial);
            if (all) {
                break;
            }
        }
        return best == null ? new Placement(new int[0], calendar) : best;
    }

    /** Says for every plan-target that visits its unit alone why it could not share a visit. */
    private void explainSingles(Map<String, List<Slot>> byFamily, List<Visit> unitVisits, List<NotMerged> notMerged) {
        for (Visit v : unitVisits) {
            if (v.members().size() != 1) {
                continue;
            }
            PlanTarget t = v.members().get(0);
            List<Slot> family = byFamily.get(v.family());
            Slot own = family.stream().filter(s -> s.target() == t).findFirst().orElseThrow();
            List<Slot> others = family.stream().filter(s -> s != own).toList();
            if (others.isEmpty()) {
                notMerged.add(new NotMerged(t, NotMerged.Reason.ONLY_PLAN, "no other plan of group "
                        + v.family() + " visits " + t.unitCode()));
                continue;
            }
            List<Slot> overlapping = others.stream().filter(own::overlaps).toList();
            if (overlapping.isEmpty()) {
                notMerged.add(new NotMerged(t, NotMerged.Reason.WINDOWS_DISJOINT, "the window " + t.windowStart()
                        + ".." + t.windowEnd() + " shares no visit day with the " + others.size()
                        + " other plan(s) visiting " + t.unitCode()));
                continue;
            }
            boolean roomSomewhere = unitVisits.stream().filter(o -> o != v && o.family().equals(v.family()))
                    .filter(o -> days.indexOf(o.date()) >= own.first() && days.indexOf(o.date()) <= own.last())
                    .anyMatch(o -> new TeamLoad(o.members()).fits(t, settings));
            boolean pairFits = overlapping.stream().anyMatch(o -> {
                TeamLoad pair = new TeamLoad();
                pair.add(o.target());
                return pair.fits(t, settings);
            });
            if (!roomSomewhere || !pairFits) {
                notMerged.add(new NotMerged(t, NotMerged.Reason.CAPACITY, "sharing a visit with the "
                        + overlapping.size() + " plan(s) whose windows overlap would exceed " + settings.teamCapPerVisit()
                        + " people or " + settings.departmentsPerVisit() + " departments"));
            } else {
                notMerged.add(new NotMerged(t, NotMerged.Reason.UNIT_MONTHLY_CAP, "the visit it could share was "
                        + "placed on a day outside its window to respect " + settings.unitMonthlyCap()
                        + " visit(s) a month"));
            }
        }
    }

    private Optional<Unplaced> addOne(PlanTarget t, List<Visit> unitVisits, UnitCalendar calendar) {
        Slot slot = slotOf(t);
        if (t.teamSize() > settings.teamCapPerVisit()) {
            return Optional.of(new Unplaced(t, Unplaced.Reason.CAPACITY, "team of " + t.teamSize()
                    + " exceeds the cap of " + settings.teamCapPerVisit() + " per visit"));
        }
        if (slot == null) {
            return Optional.of(new Unplaced(t, Unplaced.Reason.CALENDAR, "window " + t.windowStart() + ".."
                    + t.windowEnd() + " holds fewer than " + t.onSiteDays() + " consecutive visit day(s)"));
        }
        String family = settings.familyOf(t.group());
        unitVisits.sort(VISIT_ORDER);
        for (int i = 0; i < unitVisits.size(); i++) {
            Visit v = unitVisits.get(i);
            int start = days.indexOf(v.date());
            if (v.frozen() || !v.family().equals(family) || start < slot.first() || start > slot.last()
                    || !new TeamLoad(v.members()).fits(t, settings)) {
                continue;
            }
            int length = v.days().size();
            if (start + t.onSiteDays() > days.size()) {
                continue;
            }
            if (t.onSiteDays() > length) {
                calendar.extend(start + length, start + t.onSiteDays());
            }
            List<PlanTarget> members = new ArrayList<>(v.members());
            members.add(t);
            unitVisits.set(i, Visits.build(members, start, days, family, false));
            return Optional.empty();
        }
        int d = calendar.earliest(slot.first(), slot.last(), t.onSiteDays(), settings.unitMonthlyCap());
        if (d >= 0) {
            calendar.book(d, t.onSiteDays());
            unitVisits.add(Visits.build(List.of(t), d, days, family, false));
            return Optional.empty();
        }
        return Optional.of(new Unplaced(t, Unplaced.Reason.UNIT_MONTHLY_CAP, "every month of the window "
                + t.windowStart() + ".." + t.windowEnd() + " already has " + settings.unitMonthlyCap()
                + " visit(s) to " + t.unitCode()));
    }

    /** The lower bound over plan-targets, per unit and merge family. */
    private int lowerBound(List<PlanTarget> targets) {
        Map<String, List<Slot>> groups = new TreeMap<>();
        for (PlanTarget t : targets) {
            Slot s = slotOf(t);
            if (s != null) {
                groups.computeIfAbsent(t.unitCode() + "|" + settings.familyOf(t.group()), k -> new ArrayList<>())
                        .add(s);
            }
        }
        return groups.values().stream().mapToInt(g -> LowerBound.of(g, settings)).sum();
    }

    /** Joint teams' routes: visits of one family and lead in one county, chained while within a few days. */
    public List<Itinerary> itineraries(List<Visit> visits) {
        List<Visit> order = new ArrayList<>(visits);
        order.sort(Comparator.comparing(Visit::family).thenComparing(Visit::leadDepartment)
                .thenComparing(Visit::countyCode).thenComparing(Visit::date).thenComparing(Visit::unitCode));
        List<Itinerary> routes = new ArrayList<>();
        List<Visit> current = new ArrayList<>();
        for (Visit v : order) {
            if (!current.isEmpty()) {
                Visit head = current.get(0);
                boolean sameTeam = head.family().equals(v.family()) && head.leadDepartment().equals(v.leadDepartment())
                        && head.countyCode().equals(v.countyCode());
                if (!sameTeam || v.date().isAfter(head.date().plusDays(settings.itineraryDays()))) {
                    routes.add(new Itinerary(head.family(), head.leadDepartment(), head.countyCode(), current));
                    current = new ArrayList<>();
                }
            }
            current.add(v);
        }
        if (!current.isEmpty()) {
            Visit head = current.get(0);
            routes.add(new Itinerary(head.family(), head.leadDepartment(), head.countyCode(), current));
        }
        return routes;
    }

    private MergeResult result(List<Visit> visits, List<Unplaced> unplaced, List<NotMerged> notMerged,
            int planTargets, int lowerBound) {
        visits.sort(VISIT_ORDER);
        Map<String, Integer> perUnitMonth = new HashMap<>();
        for (Visit v : visits) {
            perUnitMonth.merge(v.unitCode() + "|" + v.date().getYear() + "-" + v.date().getMonthValue(), 1,
                    Integer::sum);
        }
        int busiest = perUnitMonth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int noMerge = planTargets - (int) unplaced.stream().filter(u -> u.reason() != Unplaced.Reason.UNIT_MONTHLY_CAP)
                .count();
        double ratio = lowerBound == 0 ? (visits.isEmpty() ? 1.0 : Double.POSITIVE_INFINITY)
                : (double) visits.size() / lowerBound;
        List<Unplaced> sortedUnplaced = new ArrayList<>(unplaced);
        sortedUnplaced.sort(Comparator.comparing(u -> u.target().unitCode() + "|" + u.target().key()));
        return new MergeResult(List.copyOf(visits), itineraries(visits), List.copyOf(sortedUnplaced),
                List.copyOf(notMerged), new MergeResult.Summary(planTargets, visits.size(), lowerBound, ratio,
                        noMerge, unplaced.size(), busiest));
    }
}
