package io.grassroots.inspection.plan;

import io.grassroots.inspection.policy.EffectivePolicy;
import io.grassroots.inspection.policy.PolicyService;
import io.grassroots.inspection.rules.ExistingPlan;
import io.grassroots.inspection.rules.Finding;
import io.grassroots.inspection.rules.PlanFacts;
import io.grassroots.inspection.rules.RuleContext;
import io.grassroots.inspection.rules.RuleEngine;
import io.grassroots.inspection.rules.RuleId;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Weighs a plan against the burden-relief rules, its department's other plans and the region's policy. */
@ApplicationScoped
class PlanChecks {
    private final RuleEngine rules = new RuleEngine();

    @Inject
    PlanRepository plans;
    @Inject
    PolicyService policies;

    /** The rules' findings on the plan as if submitted on the day, under the policy in force. */
    List<Finding> evaluate(Plan plan, LocalDate submissionDate) {
        return evaluate(plan, submissionDate, policies.effective(plan.departmentRegion, plan.year));
    }

    List<Finding> evaluate(Plan plan, LocalDate submissionDate, EffectivePolicy policy) {
        List<ExistingPlan> others = plans.liveOf(plan.departmentId, plan.year, plan.id);
        RuleContext context = new RuleContext(policy.parameters(), policy.quotaOf(plan.departmentId),
                policies.calendar(policy), submissionDate, others);
        PlanFacts facts = new PlanFacts(plan.id.toString(), plan.departmentId, plan.departmentRegion, plan.year,
                plan.scope == PlanScope.COMPREHENSIVE, plan.categoryCode, plan.windowStart, plan.windowEnd,
                plan.onSiteDays, plan.teamSize, Set.copyOf(plan.targetUnits), plan.mandate, plan.vetoItem);
        return rules.evaluate(facts, context);
    }

    /** A draft may be saved with findings, but not with a blocking one about the plan itself. */
    static List<Finding> refuseIntrinsicBlocks(List<Finding> findings) {
        List<Violation> blocking = findings.stream()
                .filter(f -> f.blocks() && RuleId.INTRINSIC.contains(f.rule()))
                .map(f -> new Violation(f.field(), f.rule().name(), f.message())).toList();
        if (!blocking.isEmpty()) {
            throw ProblemException.ruleViolations(blocking);
        }
        return findings;
    }

}
