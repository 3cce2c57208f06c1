package io.grassroots.inspection.rules;

import java.util.Optional;

/** Comprehensive plans and veto items must name the document that requires them. */
public final class MandateRequiredRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.MANDATE_REQUIRED;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        boolean needsMandate = plan.comprehensive() || (plan.vetoItem() != null && !plan.vetoItem().isBlank());
        if (!needsMandate || (plan.mandate() != null && !plan.mandate().isBlank())) {
            return Optional.empty();
        }
        return Optional.of((plan.comprehensive() ? "a comprehensive plan" : "a plan with a veto item")
                + " must name its mandate (the document that requires it)");
    }
}
