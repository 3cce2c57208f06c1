package io.grassroots.inspection.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grassroots.inspection.rules.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan as its department and coordinators see it, with the rule findings and the decision. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanView(UUID id, String department, int year, String title, PlanKind kind, PlanScope scope,
        String category, String categoryGroup, List<String> targets, TargetSelector targetSelector,
        int targetCount, LocalDate windowStart, LocalDate windowEnd, int onSiteDays, int teamSize,
        List<String> materials, String mandate, String vetoItem, PlanStatus status, List<Finding> findings,
        Decision decision, Instant submittedAt, Cancellation cancellation, String createdBy, Instant createdAt,
        Instant updatedAt, long version, Boolean placementPending, List<Unplaced> unplaced) {

    /** A plan-target of this plan that no visit could take, why, and where it would fit. */
    public record Unplaced(String unitCode, String reason, String detail, LocalDate suggestedDate,
            UUID suggestedVisit, String suggestion) {
    }

    /** The same view with the plan's unplaced plan-targets. */
    public PlanView withUnplaced(List<Unplaced> list) {
        return new PlanView(id, department, year, title, kind, scope, category, categoryGroup, targets, targetSelector,
                targetCount, windowStart, windowEnd, onSiteDays, teamSize, materials, mandate, vetoItem, status,
                findings, decision, submittedAt, cancellation, createdBy, createdAt, updatedAt, version,
                placementPending, List.copyOf(list));
    }

    /**
     * The same view saying whether the approved plan still waits to be placed into its year's
     * schedule (absent when it does not).
     */
    public PlanView withPlacementPending(boolean pending) {
        return new PlanView(id, department, year, title, kind, scope, category, categoryGroup, targets, targetSelector,
                targetCount, windowStart, windowEnd, onSiteDays, teamSize, materials, mandate, vetoItem, status,
                findings, decision, submittedAt, cancellation, createdBy, createdAt, updatedAt, version,
                pending ? Boolean.TRUE : null, unplaced);
    }

    /** The coordinator's decision. */
    public record Decision(String decision, String reason, List<String> acceptedFindings, String decidedBy,
            Instant decidedAt) {
    }

    /** Why and when the plan was withdrawn. */
    public record Cancellation(String reason, Instant cancelledAt) {
    }

    static PlanView of(Plan p, String categoryGroup, boolean withTargets) {
        Decision decision = p.decidedAt == null ? null
                : new Decision(p.status == PlanStatus.REJECTED ? "REJECT" : "APPROVE", p.decisionReason,
                        p.acceptedFindings, p.decidedBy, p.decidedAt);
        Cancellation cancellation = p.cancelledAt == null ? null : new Cancellation(p.cancelReason, p.cancelledAt);
        return new PlanView(p.id, p.departmentId, p.year, p.title, p.kind, p.scope, p.categoryCode, categoryGroup,
                withTargets ? List.copyOf(new java.util.TreeSet<>(p.targetUnits)) : null, p.targetSelector,
                p.targetCount, p.windowStart, p.windowEnd, p.onSiteDays, p.teamSize, p.materials, p.mandate,
                p.vetoItem, p.status, p.findings, decision, p.submittedAt, cancellation, p.createdBy, p.createdAt,
                p.updatedAt, p.version, null, null);
    }
}
