package io.grassroots.inspection.merge;

import io.grassroots.inspection.merge.Visit.TeamMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds visits: members in a fixed order, each department's team, the lead and the merged materials. */
final class Visits {
    /** The order of plan-target keys (plan, then unit) without building the key strings. */
    static final Comparator<PlanTarget> BY_KEY = Comparator.comparing(PlanTarget::planId)
            .thenComparing(PlanTarget::unitCode);
    static final Comparator<PlanTarget> MEMBER_ORDER = Comparator.comparingInt(PlanTarget::departmentLevel)
            .thenComparing(PlanTarget::departmentId).thenComparing(PlanTarget::planId);

    private Visits() {
    }

    static Visit build(List<PlanTarget> members, int start, VisitDays days, String family, boolean frozen) {
        int length = members.stream().mapToInt(PlanTarget::onSiteDays).max().orElse(1);
        List<java.time.LocalDate> span = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            span.add(days.day(start + i));
        }
        return on(span, members, family, frozen);
    }

    /**
     * The visit with fewer members on the days it already has: a confirmed visit keeps the days its
     * notice named, even when the calendar or a blackout has since taken them away.
     */
    static Visit withMembers(Visit v, List<PlanTarget> members) {
        return on(v.days(), members, v.family(), v.frozen());
    }

    private static Visit on(List<java.time.LocalDate> span, List<PlanTarget> members, String family, boolean frozen) {
        List<PlanTarget> sorted = new ArrayList<>(members);
        sorted.sort(MEMBER_ORDER);
        Map<String, Integer> byDepartment = new TeamLoad(sorted).byDepartment();
        List<TeamMember> team = new ArrayList<>();
        for (Map.Entry<String, Integer> e : byDepartment.entrySet()) {
            team.add(new TeamMember(e.getKey(), e.getValue()));
        }
        TreeSet<String> materials = new TreeSet<>();
        sorted.forEach(t -> materials.addAll(t.materials()));
        PlanTarget first = sorted.get(0);
        return new Visit(first.unitCode(), first.countyCode(), family, span, sorted, lead(sorted, byDepartment),
                team, List.copyOf(materials), frozen);
    }

    /** The highest-level department leads; among equals the one sending the largest team, then by id. */
    private static String lead(List<PlanTarget> members, Map<String, Integer> byDepartment) {
        return members.stream()
                .min(Comparator.comparingInt(PlanTarget::departmentLevel)
                        .thenComparing(t -> -byDepartment.get(t.departmentId()))
                        .thenComparing(PlanTarget::departmentId))
                .map(PlanTarget::departmentId).orElseThrow();
    }

    static int length(List<PlanTarget> members) {
        return members.stream().mapToInt(PlanTarget::onSiteDays).max().orElse(1);
    }
}
