package io.grassroots.inspection.plan;

import io.grassroots.events.plan.PlanApprovedV1;
import io.grassroots.events.plan.PlanCancelledV1;
import io.grassroots.events.plan.PlanRejectedV1;
import io.grassroots.events.plan.PlanSubmissionRefusedV1;
import io.grassroots.events.plan.PlanSubmittedV1;
import io.grassroots.events.plan.QuotaV1;
import io.grassroots.inspection.directory.CategoryRepository;
import io.grassroots.inspection.directory.Department;
import io.grassroots.inspection.directory.DepartmentRepository;
import io.grassroots.inspection.directory.PlacementDirectoryQuery.CategoryGroup;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.inspection.policy.EffectivePolicy;
import io.grassroots.inspection.policy.PolicyService;
import io.grassroots.inspection.rules.Finding;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The plan lifecycle: drafts, submission against the rules, the coordinator's decision and
 * cancellation. Every transition and its event commit in one transaction.
 */
@ApplicationScoped
public class PlanService {
    @Inject
    PlanRepository plans;
    @Inject
    PlanDrafts drafts;
    @Inject
    PlanChecks checks;
    @Inject
    DepartmentRepository departments;
    @Inject
    CategoryRepository categories;
    @Inject
    PolicyService policies;
    @Inject
    Outbox outbox;
    @Inject
    SubmissionRefusals refusals;
    @Inject
    PlanPlacement placement;
    @Inject
    Event<PlanApproved> approved;
    @Inject
    Event<PlanCancelling> cancelling;
    @Inject
    Event<PlanCancelled> cancelled;
    @Inject
    Clock clock;

    @Transactional
    public PlanView create(PlanRequest request, Caller caller) {
        Department department = ownDepartment(caller);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.departmentId = department.id;
        plan.departmentRegion = department.regionCode;
        plan.status = PlanStatus.DRAFT;
        plan.createdBy = caller.subject();
        plan.createdAt = Instant.now(clock);
        CategoryGroup category = drafts.apply(plan, request);
        plan.findings = PlanChecks.refuseIntrinsicBlocks(checks.evaluate(plan, LocalDate.now(clock)));
        plan.updatedAt = plan.createdAt;
        plans.persist(plan);
        return PlanView.of(plan, category.group(), true);
    }

    @Transactional
    public PlanView update(UUID id, PlanRequest request, Caller caller) {
        Plan plan = owned(id, caller);
        requireStatus(plan, PlanStatus.DRAFT, "only a DRAFT plan can be edited");
        CategoryGroup category = drafts.apply(plan, request);
        plan.findings = PlanChecks.refuseIntrinsicBlocks(checks.evaluate(plan, LocalDate.now(clock)));
        plan.updatedAt = Instant.now(clock);
        return PlanView.of(plan, category.group(), true);
    }

    @Transactional
    public PlanView submit(UUID id, Caller caller) {
        Plan plan = owned(id, caller);
        // One department's submissions are checked one at a time, so two cannot both fit the last quota.
        departments.lock(plan.departmentId);
        requireStatus(plan, PlanStatus.DRAFT, "only a DRAFT plan can be submitted");
        Instant now = Instant.now(clock);
        EffectivePolicy policy = policies.effective(plan.departmentRegion, plan.year);
        List<Finding> findings = checks.evaluate(plan, LocalDate.now(clock), policy);
        List<Violation> blocking = findings.stream().filter(Finding::blocks)
                .map(f -> new Violation(f.field(), f.rule().name(), f.message())).toList();
        if (!blocking.isEmpty()) {
            refusals.record(new PlanSubmissionRefusedV1(PlanEvents.snapshot(plan, groupOf(plan)),
                    PlanEvents.findings(findings.stream().filter(Finding::blocks).toList()), caller.subject(), now));
            throw ProblemException.ruleViolations(blocking);
        }
        plan.findings = findings;
        plan.status = PlanStatus.SUBMITTED;
        plan.submittedAt = now;
        plan.updatedAt = now;
        String group = groupOf(plan);
        QuotaV1 quota = policy.quotaOf(plan.departmentId).map(q -> new QuotaV1(q.baseline(), q.limit()))
                .orElse(null);
        outbox.publish(new PlanSubmittedV1(PlanEvents.snapshot(plan, group), PlanEvents.findings(findings),
                caller.subject(), now, quota));
        return PlanView.of(plan, group, true);
    }

    @Transactional
    public PlanView decide(UUID id, DecisionRequest request, Caller caller) {
        Plan plan = plans.visibleTo(id, caller).filter(p -> caller.oversees(p.departmentRegion))
                .orElseThrow(() -> ProblemException.notFound("plan " + id));
        Set<String> accepted = DecisionCheck.accepted(plan, request);
        boolean hasReason = request.reason() != null && !request.reason().isBlank();

        Instant now = Instant.now(clock);
        plan.decidedBy = caller.subject();
        plan.decidedAt = now;
        plan.decisionReason = hasReason ? request.reason().trim() : null;
        plan.updatedAt = now;
        String group = groupOf(plan);
        if (request.decision() == DecisionRequest.Decision.APPROVE) {
            plan.status = PlanStatus.APPROVED;
            plan.acceptedFindings = List.copyOf(accepted);
            outbox.publish(new PlanApprovedV1(PlanEvents.snapshot(plan, group), PlanEvents.findings(plan.findings),
                    plan.acceptedFindings, plan.decisionReason, caller.subject(), now));
            // Once a year is scheduled, a plan approved later joins that schedule where it fits: the
            // placement worker places it after this commits, so the decision never waits for the schedule.
            approved.fire(new PlanApproved(plan.id, plan.year));
            return PlanView.of(plan, group, true).withPlacementPending(true);
        } else {
            plan.status = PlanStatus.REJECTED;
            outbox.publish(new PlanRejectedV1(PlanEvents.snapshot(plan, group), PlanEvents.findings(plan.findings),
                    plan.decisionReason, caller.subject(), now));
        }
        return PlanView.of(plan, group, true);
    }

    @Transactional
    public PlanView cancel(UUID id, CancelRequest request, Caller caller) {
        Plan plan = lockScheduleThenLoad(id, caller);
        String reason = request == null ? null : request.reason();
        if (!plan.status.cancellable()) {
            throw ProblemException.conflict("STATUS", "a " + plan.status + " plan cannot be cancelled");
        }
        PlanStatus previous = plan.status;
        Instant now = Instant.now(clock);
        plan.status = PlanStatus.CANCELLED;
        plan.cancelReason = reason;
        plan.cancelledAt = now;
        plan.updatedAt = now;
        String group = groupOf(plan);
        outbox.publish(new PlanCancelledV1(PlanEvents.snapshot(plan, group), previous.name(), reason,
                caller.subject(), now));
        cancelled.fire(new PlanCancelled(plan.id, plan.year, previous));
        return PlanView.of(plan, group, true);
    }

    @Transactional
    public PlanView get(UUID id, Caller caller) {
        Plan plan = plans.visibleTo(id, caller).orElseThrow(() -> ProblemException.notFound("plan " + id));
        return PlanView.of(plan, groupOf(plan), true).withPlacementPending(placement.pending(plan.id))
                .withUnplaced(placement.unplaced(plan.id));
    }

    @Transactional
    public Page<PlanView> list(Caller caller, Integer year, PlanStatus status, String department, PageRequest page) {
        return plans.search(caller, year, status, department, page).map(p -> PlanView.of(p, groupOf(p), false));
    }

    private Department ownDepartment(Caller caller) {
        if (caller.department() == null) {
            throw ProblemException.invalid("dept", "TOKEN", "your token names no department");
        }
        Department department = departments.findById(caller.department());
        if (department == null) {
            throw ProblemException.invalid("dept", "EXISTS", "your department " + caller.department()
                    + " is not in the directory");
        }
        return department;
    }

    private Plan owned(UUID id, Caller caller) {
        return plans.withTargets(id).filter(p -> caller.isDepartment(p.departmentId))
                .orElseThrow(() -> ProblemException.notFound("plan " + id));
    }

    /**
     * Takes the schedule locks of the plan's units before the plan is loaded, so the entity is read as
     * committed after any run holding them; a run that waits for them never waits on this plan's row.
     */
    private Plan lockScheduleThenLoad(UUID id, Caller caller) {
        int year = plans.yearOfOwned(id, caller).orElseThrow(() -> ProblemException.notFound("plan " + id));
        cancelling.fire(new PlanCancelling(id, year));
        return owned(id, caller);
    }

    private static void requireStatus(Plan plan, PlanStatus required, String detail) {
        if (plan.status != required) {
            throw ProblemException.conflict("STATUS", "plan is " + plan.status + "; " + detail);
        }
    }

    private String groupOf(Plan plan) {
        return categories.group(plan.categoryCode).map(CategoryGroup::group).orElse(null);
    }
}
