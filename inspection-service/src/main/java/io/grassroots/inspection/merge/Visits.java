package io.grassroots.inspection.merge;

import io.grassroots.inspection.merge.Visit.TeamMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        int length = length(members);
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
        if (members.size() == 1) {
            return alone(span, members.get(0), family, frozen);
        }
        List<PlanTarget> sorted = new ArrayList<>(members);
        sorted.sort(MEMBER_ORDER);
        TeamLoad load = new TeamLoad(sorted);
        PlanTarget first = sorted.get(0);
        return new Visit(first.unitCode(), first.countyCode(), family, span, sorted, lead(sorted, load),
                load.byDepartment(), materials(sorted), frozen);
    }

    /** The members' materials in natural order, each once (a sorted list: a tree set per visit cost more). */
    private static List<String> materials(List<PlanTarget> members) {
        List<String> all = new ArrayList<>();
        members.forEach(t -> all.addAll(t.materials()));
        all.sort(Comparator.naturalOrder());
        List<String> distinct = new ArrayList<>(all.size());
        for (String m : all) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(m)) {
                distinct.add(m);
            }
        }
        return distinct;
    }

    /** A visit of one plan-target: what the general case builds, without its maps and sets. */
    private static Visit alone(List<java.time.LocalDate> span, PlanTarget t, String family, boolean frozen) {
        List<String> materials = t.materials().size() <= 1 ? t.materials() : materials(List.of(t));
        return new Visit(t.unitCode(), t.countyCode(), family, span, List.of(t), t.departmentId(),
                List.of(new TeamMember(t.departmentId(), t.teamSize())), materials, frozen);
    }

    /** The highest-level department leads; among equals the one sending the largest team, then by id. */
    private static String lead(List<PlanTarget> members, TeamLoad load) {
        PlanTarget lead = members.get(0);
        for (PlanTarget t : members) {
            int byLevel = Integer.compare(t.departmentLevel(), lead.departmentLevel());
            int byTeam = Integer.compare(load.teamOf(lead.departmentId()), load.teamOf(t.departmentId()));
            if (byLevel < 0 || (byLevel == 0 && (byTeam < 0
                    || (byTeam == 0 && t.departmentId().compareTo(lead.departmentId()) < 0)))) {
                lead = t;
            }
        }
        return lead.departmentId();
    }

    static int length(List<PlanTarget> members) {
        if (members.isEmpty()) {
            return 1;
        }
        int length = Integer.MIN_VALUE;
        for (PlanTarget t : members) {
            length = Math.max(length, t.onSiteDays());
        }
        return length;
    }
}
