package io.grassroots.inspection.policy;

import io.grassroots.calendar.Blackout;
import io.grassroots.inspection.policy.PolicyDocument.BlackoutEntry;
import io.grassroots.inspection.policy.PolicyDocument.QuotaEntry;
import io.grassroots.inspection.policy.PolicyDocument.RuleSetting;
import io.grassroots.inspection.rules.Quota;
import io.grassroots.inspection.rules.RuleId;
import io.grassroots.inspection.rules.RuleParameters;
import io.grassroots.inspection.rules.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the policy documents of a region chain, broadest first, into the policy in force: a
 * narrower region's quota overrides a broader one; severities (REVIEW to BLOCK) and parameters (a
 * smaller team or monthly cap, more notice, a deeper cut) only tighten; blackouts of every level apply.
 */
public final class PolicyMerger {
    private PolicyMerger() {
    }

    public static EffectivePolicy merge(List<PolicyDocument> broadestFirst) {
        RuleParameters d = RuleParameters.DEFAULTS;
        Map<RuleId, Severity> severities = new EnumMap<>(d.severities());
        int comprehensive = d.comprehensivePerYear();
        double cut = d.quotaCut();
        int teamCap = d.teamSizeCap();
        int notice = d.noticeWorkingDays();
        int monthlyCap = d.unitMonthlyCap();
        List<Blackout> blackouts = new ArrayList<>();
        Map<String, QuotaEntry> quotaEntries = new LinkedHashMap<>();

        for (PolicyDocument doc : broadestFirst) {
            for (Map.Entry<String, RuleSetting> e : doc.rules().entrySet()) {
                RuleId rule = RuleId.valueOf(e.getKey());
                RuleSetting s = e.getValue();
                // A narrower region may tighten a rule, never relax it: BLOCK stays BLOCK.
                if (s.severity() != null && severities.get(rule) != Severity.BLOCK) {
                    severities.put(rule, s.severity());
                }
                // Parameters likewise only tighten: a stored relaxation (from before this rule) has no effect.
                switch (rule) {
                    case ONE_COMPREHENSIVE_PER_YEAR ->
                        comprehensive = s.max() != null ? Math.min(s.max(), comprehensive)
                                : comprehensive;
                    case ANNUAL_QUOTA -> cut = s.cut() != null ? Math.max(s.cut().doubleValue(), cut) : cut;
                    case TEAM_SIZE -> teamCap = s.max() != null ? Math.min(s.max(), teamCap) : teamCap;
                    case NOTICE -> notice = s.workingDays() != null ? Math.max(s.workingDays(), notice) : notice;
                    case UNIT_MONTHLY_CAP -> monthlyCap = s.max() != null ? Math.min(s.max(), monthlyCap) : monthlyCap;
                    default -> {
                        // The other rules have a severity only.
                    }
                }
            }
            for (QuotaEntry q : doc.quotas()) {
                quotaEntries.put(q.department(), q);
            }
            for (BlackoutEntry b : doc.blackouts()) {
                blackouts.add(new Blackout(b.from(), b.to(), b.reason()));
            }
        }
        Map<String, Quota> quotas = new LinkedHashMap<>();
        for (QuotaEntry q : quotaEntries.values()) {
            quotas.put(q.department(), new Quota(q.baseline(), q.cut() != null ? q.cut().doubleValue() : cut));
        }
        return new EffectivePolicy(new RuleParameters(severities, comprehensive, cut, teamCap, notice, monthlyCap),
                Map.copyOf(quotas), List.copyOf(blackouts));
    }
}
