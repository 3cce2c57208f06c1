package io.grassroots.inspection.policy;

import io.grassroots.calendar.Blackout;
import io.grassroots.inspection.rules.RuleId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A region's policy for a year: what was set here, and what is in force after inheritance. */
public record PolicyView(String region, int year, PolicyDocument document, Effective effective, String updatedBy,
        Instant updatedAt) {

    /** The rules, quotas and blackouts in force. */
    public record Effective(Map<RuleId, Map<String, Object>> rules, List<QuotaView> quotas, List<Blackout> blackouts) {
        static Effective of(EffectivePolicy p) {
            Map<RuleId, Map<String, Object>> rules = new LinkedHashMap<>();
            for (RuleId rule : RuleId.values()) {
                Map<String, Object> setting = new LinkedHashMap<>();
                setting.put("severity", p.parameters().severityOf(rule));
                switch (rule) {
                    case ONE_COMPREHENSIVE_PER_YEAR -> setting.put("max", p.parameters().comprehensivePerYear());
                    case ANNUAL_QUOTA -> setting.put("cut", p.parameters().quotaCut());
                    case TEAM_SIZE -> setting.put("max", p.parameters().teamSizeCap());
                    case NOTICE -> setting.put("workingDays", p.parameters().noticeWorkingDays());
                    case UNIT_MONTHLY_CAP -> setting.put("max", p.parameters().unitMonthlyCap());
                    default -> {
                        // Severity only.
                    }
                }
                rules.put(rule, setting);
            }
            List<QuotaView> quotas = p.quotas().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new QuotaView(e.getKey(), e.getValue().baseline(), e.getValue().cut(),
                            e.getValue().limit()))
                    .toList();
            return new Effective(rules, quotas, p.blackouts());
        }
    }

    /** A department's quota: baseline, cut and the resulting limit of plan-targets. */
    public record QuotaView(String department, int baseline, double cut, int limit) {
    }
}
