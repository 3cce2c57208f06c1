package io.grassroots.inspection.rules;

import java.util.Optional;

/** One burden-relief rule: it finds at most one thing wrong with a plan. */
public interface PlanRule {
    RuleId id();

    /** The message of a finding, when the plan breaks the rule. */
    Optional<String> check(PlanFacts plan, RuleContext context);
}
