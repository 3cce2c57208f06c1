package io.grassroots.inspection.rules;

import java.util.Optional;

/** 轻车简从，严格控制规模: a department sends at most N people on a visit. */
public final class TeamSizeRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.TEAM_SIZE;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        int cap = context.parameters().teamSizeCap();
        if (plan.teamSize() <= cap) {
            return Optional.empty();
        }
        return Optional.of("team size " + plan.teamSize() + " exceeds the cap of " + cap
                + " people per department per visit");
    }
}
