package io.grassroots.inspection.policy;

import io.grassroots.calendar.Blackout;
import io.grassroots.inspection.rules.Quota;
import io.grassroots.inspection.rules.RuleParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The policy in force for a region and year after inheritance: parameters, quotas, blackouts. */
public record EffectivePolicy(RuleParameters parameters, Map<String, Quota> quotas, List<Blackout> blackouts) {
    public Optional<Quota> quotaOf(String departmentId) {
        return Optional.ofNullable(quotas.get(departmentId));
    }
}
