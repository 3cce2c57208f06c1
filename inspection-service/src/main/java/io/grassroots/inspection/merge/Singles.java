package io.grassroots.inspection.merge;

import java.util.List;
import java.util.Map;

/** Says for every plan-target that visits its unit alone why it could not share a visit. */
final class Singles {
    private Singles() {
    }

    /** A plan-target alone in its unit and merge family. */
    static NotMerged onlyPlan(PlanTarget t, String family) {
        return new NotMerged(t, NotMerged.Reason.ONLY_PLAN, "no other plan of group " + family + " visits "
                + t.unitCode());
    }

    /** byFamily: the placed slots of one unit per merge family; unitVisits: that unit's new visits. */
    static void explain(Map<String, List<Slot>> byFamily, List<Visit> unitVisits, MergeSettings settings,
            VisitDays days, List<NotMerged> notMerged) {
        for (Visit v : unitVisits) {
            if (v.members().size() != 1) {
                continue;
            }
            PlanTarget t = v.members().get(0);
            List<Slot> family = byFamily.get(v.family());
            Slot own = family.stream().filter(s -> s.target() == t).findFirst().orElseThrow();
            List<Slot> others = family.stream().filter(s -> s != own).toList();
            if (others.isEmpty()) {
                notMerged.add(onlyPlan(t, v.family()));
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
                        + overlapping.size() + " plan(s) whose windows overlap would exceed "
                        + settings.teamCapPerVisit() + " people or " + settings.departmentsPerVisit()
                        + " departments"));
            } else {
                notMerged.add(new NotMerged(t, NotMerged.Reason.UNIT_MONTHLY_CAP, "the visit it could share was "
                        + "placed on a day outside its window to respect " + settings.unitMonthlyCap()
                        + " visit(s) a month"));
            }
        }
    }
}
