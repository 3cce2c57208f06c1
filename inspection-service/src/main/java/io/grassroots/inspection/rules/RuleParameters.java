package io.grassroots.inspection.rules;

import java.util.EnumMap;
import java.util.Map;

/** The rule parameters in force for one region and year. */
public record RuleParameters(Map<RuleId, Severity> severities, int comprehensivePerYear, double quotaCut,
        int teamSizeCap, int noticeWorkingDays, int unitMonthlyCap) {

    public static final RuleParameters DEFAULTS = new RuleParameters(defaultSeverities(), 1, 0.5, 5, 10, 2);

    public RuleParameters {
        severities = Map.copyOf(severities);
    }

    public Severity severityOf(RuleId rule) {
        return severities.getOrDefault(rule, rule.defaultSeverity());
    }

    private static Map<RuleId, Severity> defaultSeverities() {
        Map<RuleId, Severity> map = new EnumMap<>(RuleId.class);
        for (RuleId rule : RuleId.values()) {
            map.put(rule, rule.defaultSeverity());
        }
        return map;
    }
}
