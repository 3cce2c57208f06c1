package io.grassroots.inspection.plan;

import io.grassroots.events.plan.PlanApprovedV1;
import io.grassroots.events.plan.PlanCancelledV1;
import io.grassroots.events.plan.PlanRejectedV1;
import io.grassroots.events.plan.PlanSubmissionRefusedV1;
import io.grassroots.events.plan.PlanSubmittedV1;
import io.grassroots.events.plan.QuotaV1;
import io.grassroots.inspection.directory.Category;
import io.grassroots.inspection.directory.CategoryRepository;
import io.grassroots.inspection.directory.Department;
import io.grassroots.inspection.directory.DepartmentRepository;
import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.inspection.directory.UnitRepository;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.inspection.policy.EffectivePolicy;
import io.grassroots.inspection.policy.PolicyService;
import io.grassroots.inspection.rules.ExistingPlan;
import io.grassroots.inspection.rules.Finding;
import io.grassroots.inspection.rules.PlanFacts;
import io.grassroots.inspection.rules.RuleContext;
import io.grassroots.inspection.rules.RuleEngine;
import io.grassroots.inspection.rules.RuleId;
import io.grassroots.inspection.rules.Severity;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The plan lifecycle: drafts, submission against the rules, the coordinator's decision and
 * cancellation. Every transition and its event commit in one transaction.
 */
@ApplicationScoped
public class PlanService {
    private final RuleEngine rules = new RuleEngine();

    @Inject
    PlanRepository plans;
    @Inject
    DepartmentRepository departments;
    @Inject
    CategoryRepository categories;
    @Inject
    UnitRepository units;
    @Inject
    RegionRepository regions;
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
        Category category = apply(plan, request);
        plan.findings = refuseIntrinsicBlocks(evaluate(plan, LocalDate.now(clock)));
        plan.updatedAt = plan.createdAt;
        plans.persist(plan);
        return PlanView.of(plan, category.group, true);
    }

    @Transactional
    public PlanView update(UUID id, PlanRequest request, Caller caller) {
        Plan plan = owned(id, caller);
        requireStatus(plan, PlanStatus.DRAFT, "only a DRAFT plan can be edited");
        Category category = apply(plan, request);
        plan.findings = refuseIntrinsicBlocks(evaluate(plan, LocalDate.now(clock)));
        plan.updatedAt = Instant.now(clock);
        return PlanView.of(plan, category.group, true);
    }

    @Transactional
    public PlanView submit(UUID id, Caller caller) {
        Plan plan = owned(id, caller);
        // One department's submissions are checked one at a time, so two cannot both fit the last quota.
        departments.lock(plan.departmentId);
        requireStatus(plan, PlanStatus.DRAFT, "only a DRAFT plan can be submitted");
        Instant now = Instant.now(clock);
        EffectivePolicy policy = policies.effective(plan.departmentRegion, plan.year);
        List<Finding> findings = evaluate(plan, LocalDate.now(clock), policy);
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
        if (request == null) {
            throw ProblemException.invalid("body", "REQUIRED", "a decision is required");
        }
        Violations v = new Violations();
        v.required("decision", request.decision());
        v.maxLength("reason", request.reason(), 2000);
        v.throwIfAny();
        requireStatus(plan, PlanStatus.SUBMITTED, "a decision was made on this plan already");
        List<String> review = plan.findings.stream().filter(f -> f.severity() == Severity.REVIEW)
                .map(f -> f.rule().name()).toList();
        Set<String> accepted = new LinkedHashSet<>(request.acceptedFindings() == null ? List.of()
                : request.acceptedFindings());
        boolean hasReason = request.reason() != null && !request.reason().isBlank();
        if (request.decision() == DecisionRequest.Decision.APPROVE) {
            for (String rule : review) {
                if (!accepted.contains(rule)) {
                    v.add("acceptedFindings", "REVIEW_ACCEPTED", "approving needs the " + rule
                            + " finding accepted by name: " + message(plan, rule));
                }
            }
            for (String rule : accepted) {
                if (!review.contains(rule)) {
                    v.add("acceptedFindings", "REVIEW_ACCEPTED", rule + " is not a review finding of this plan");
                }
            }
            if (!review.isEmpty() && !hasReason) {
                v.add("reason", "REQUIRED", "approving over review findings needs a written reason");
            }
        } else if (!hasReason) {
            v.add("reason", "REQUIRED", "a rejection needs a reason");
        }
        v.throwIfAny();

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
        Plan plan = owned(id, caller);
        String reason = request == null ? null : request.reason();
        Violations v = new Violations();
        v.maxLength("reason", reason, 2000);
        v.throwIfAny();
        lockSchedule(plan);
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
        // Flushed first: the schedule's change of plan statuses must see this plan as CANCELLED.
        plans.flush();
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
        return plans.findByIdOptional(id).filter(p -> caller.isDepartment(p.departmentId))
                .orElseThrow(() -> ProblemException.notFound("plan " + id));
    }

    /**
     * Takes the schedule locks of the plan's units before the plan changes, then reads the plan as
     * committed: a run that waits for them never waits on this plan's row while holding them.
     */
    private void lockSchedule(Plan plan) {
        cancelling.fire(new PlanCancelling(plan.id, plan.year));
        plans.getEntityManager().refresh(plan);
    }

    private static void requireStatus(Plan plan, PlanStatus required, String detail) {
        if (plan.status != required) {
            throw ProblemException.conflict("STATUS", "plan is " + plan.status + "; " + detail);
        }
    }

    private static String message(Plan plan, String rule) {
        return plan.findings.stream().filter(f -> f.rule().name().equals(rule)).map(Finding::message).findFirst()
                .orElse("");
    }

    /** Validates the request, resolves its targets and copies it onto the plan; nothing is saved on failure. */
    private Category apply(Plan plan, PlanRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "REQUIRED", "a plan is required");
        }
        Violations v = new Violations();
        PlanValidator.validate(request, v);
        Category category = request.category() == null ? null : categories.findById(request.category());
        if (request.category() != null && category == null) {
            v.add("category", "EXISTS", "category " + request.category() + " is unknown; see /api/categories");
        }
        Set<String> targets = v.isEmpty() ? resolveTargets(request, v) : Set.of();
        v.throwIfAny();
        plan.year = request.year();
        plan.title = request.title().trim();
        plan.kind = request.kind();
        plan.scope = request.scope();
        plan.categoryCode = category.code;
        plan.targetSelector = request.targetSelector();
        plan.targetUnits.clear();
        plan.targetUnits.addAll(targets);
        plan.targetCount = targets.size();
        plan.windowStart = request.windowStart();
        plan.windowEnd = request.windowEnd();
        plan.onSiteDays = request.onSiteDays() == null ? 1 : request.onSiteDays();
        plan.teamSize = request.teamSize();
        plan.materials = request.materials() == null ? new ArrayList<>() : new ArrayList<>(request.materials());
        plan.mandate = blankToNull(request.mandate());
        plan.vetoItem = blankToNull(request.vetoItem());
        return category;
    }

    private Set<String> resolveTargets(PlanRequest request, Violations v) {
        Set<String> resolved = new TreeSet<>();
        if (request.targets() != null && !request.targets().isEmpty()) {
            Set<String> known = units.existing(request.targets());
            for (int i = 0; i < request.targets().size(); i++) {
                String code = request.targets().get(i);
                if (!known.contains(code)) {
                    v.add("targets[" + i + "]", "EXISTS", "unit " + code + " is not in the directory");
                }
            }
            resolved.addAll(known);
        }
        TargetSelector selector = request.targetSelector();
        if (selector != null) {
            String under = selector.under();
            if (regions.findById(under) == null && units.findById(under) == null) {
                v.add("targetSelector.under", "EXISTS", under + " is neither a region nor a unit in the directory");
            } else {
                List<String> matched = units.codesUnder(under, selector.level());
                if (matched.isEmpty()) {
                    v.add("targetSelector", "EMPTY", "no " + (selector.level() == null ? "unit"
                            : selector.level().toLowerCase()) + " lies under " + under);
                }
                resolved.addAll(matched);
            }
        }
        return resolved;
    }

    private List<Finding> evaluate(Plan plan, LocalDate submissionDate) {
        return evaluate(plan, submissionDate, policies.effective(plan.departmentRegion, plan.year));
    }

    private List<Finding> evaluate(Plan plan, LocalDate submissionDate, EffectivePolicy policy) {
        List<ExistingPlan> others = plans.liveOf(plan.departmentId, plan.year, plan.id).stream()
                .map(p -> new ExistingPlan(p.id.toString(), p.title, p.scope == PlanScope.COMPREHENSIVE,
                        p.categoryCode, p.windowStart, p.windowEnd, Set.copyOf(p.targetUnits)))
                .toList();
        RuleContext context = new RuleContext(policy.parameters(), policy.quotaOf(plan.departmentId),
                policies.calendar(policy), submissionDate, others);
        PlanFacts facts = new PlanFacts(plan.id.toString(), plan.departmentId, plan.departmentRegion, plan.year,
                plan.scope == PlanScope.COMPREHENSIVE, plan.categoryCode, plan.windowStart, plan.windowEnd,
                plan.onSiteDays, plan.teamSize, Set.copyOf(plan.targetUnits), plan.mandate, plan.vetoItem);
        return rules.evaluate(facts, context);
    }

    /** A draft may be saved with findings, but not with a blocking one about the plan itself. */
    private static List<Finding> refuseIntrinsicBlocks(List<Finding> findings) {
        List<Violation> blocking = findings.stream()
                .filter(f -> f.blocks() && RuleId.INTRINSIC.contains(f.rule()))
                .map(f -> new Violation(f.field(), f.rule().name(), f.message())).toList();
        if (!blocking.isEmpty()) {
            throw ProblemException.ruleViolations(blocking);
        }
        return findings;
    }

    private String groupOf(Plan plan) {
        Category category = categories.findById(plan.categoryCode);
        return category == null ? null : category.group;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
