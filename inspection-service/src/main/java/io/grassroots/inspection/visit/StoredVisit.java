package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.Visit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A stored visit as a change of the schedule reads it, with the plan-targets it serves: a read model,
 * not an entity, so that reading a unit's year costs no persistence context.
 */
public record StoredVisit(UUID id, String unitCode, String countyCode, String family, LocalDate date,
        List<LocalDate> days, String leadDepartment, List<Visit.TeamMember> team, List<String> materials,
        VisitStatus status, String itineraryId, List<Member> members) {

    /** A plan the visit serves; target is null only when the plan's target at the unit is gone. */
    public record Member(UUID planId, PlanTarget target) {
    }

    public Set<UUID> planIds() {
        return members.stream().map(Member::planId).collect(Collectors.toSet());
    }

    public boolean planned() {
        return status == VisitStatus.PLANNED;
    }

    /** The merge engine's view: confirmed and completed visits are frozen. */
    public Visit toEngine() {
        List<PlanTarget> targets = members.stream().map(Member::target).filter(Objects::nonNull).toList();
        return new Visit(unitCode, countyCode, family, days, targets, leadDepartment, team, materials, !planned());
    }
}
