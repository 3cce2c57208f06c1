package io.grassroots.inspection.policy;

import io.grassroots.inspection.policy.PolicyDocument.BlackoutEntry;
import io.grassroots.inspection.policy.PolicyDocument.QuotaEntry;
import io.grassroots.inspection.policy.PolicyDocument.RuleSetting;
import io.grassroots.inspection.rules.RuleId;
import io.grassroots.inspection.rules.RuleParameters;
import io.grassroots.inspection.rules.Severity;
import io.grassroots.platform.web.Violations;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a policy document's declared shape cannot say: each rule accepts only its own parameter, in
 * its range; a department has one quota; a blackout lies in order within the year.
 */
final class PolicyValidator {
    private static final BigDecimal MAX_CUT = new BigDecimal(PolicyDocument.MAX_CUT);

    private PolicyValidator() {
    }

    static void validate(PolicyDocument doc, int year, Violations v) {
        for (Map.Entry<String, RuleSetting> e : doc.rules().entrySet()) {
            String field = "rules." + e.getKey();
            RuleId rule;
            try {
                rule = RuleId.valueOf(e.getKey());
            } catch (IllegalArgumentException unknown) {
                v.add(field, "ENUM", e.getKey() + " is not a rule; rules are " + java.util.Arrays.toString(
                        RuleId.values()));
                continue;
            }
            RuleSetting s = e.getValue();
            if (s == null) {
                v.add(field, "REQUIRED", field + " must be an object");
                continue;
            }
            checkParameter(v, field, "max", s.max(), rule == RuleId.ONE_COMPREHENSIVE_PER_YEAR ? 0
                    : 1, rule == RuleId.TEAM_SIZE ? 50 : 31,
                    rule == RuleId.ONE_COMPREHENSIVE_PER_YEAR || rule == RuleId.TEAM_SIZE
                            || rule == RuleId.UNIT_MONTHLY_CAP,
                    rule);
            checkParameter(v, field, "workingDays", s.workingDays(), 0, 60, rule == RuleId.NOTICE, rule);
            if (s.cut() != null) {
                if (rule != RuleId.ANNUAL_QUOTA) {
                    v.add(field + ".cut", "PARAMETER", "cut is not a parameter of " + rule);
                } else if (s.cut().signum() < 0 || s.cut().compareTo(MAX_CUT) > 0) {
                    v.add(field + ".cut", "RANGE", "cut must be from 0 to " + MAX_CUT + ", was " + s.cut());
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < doc.quotas().size(); i++) {
            QuotaEntry q = doc.quotas().get(i);
            // A missing entry or department is named by PolicyDocument's constraints.
            if (q != null && q.department() != null && !q.department().isBlank() && !seen.add(q.department())) {
                v.add("quotas[" + i + "].department", "UNIQUE", q.department() + " has two quota entries");
            }
        }
        for (int i = 0; i < doc.blackouts().size(); i++) {
            BlackoutEntry b = doc.blackouts().get(i);
            String field = "blackouts[" + i + "]";
            // A missing entry or date is named by PolicyDocument's constraints.
            boolean dates = b != null && b.from() != null && b.to() != null;
            if (dates && b.to().isBefore(b.from())) {
                v.add(field + ".to", "WINDOW_ORDER", "blackout ends " + b.to() + " before it starts " + b.from());
            }
            if (dates && (b.from().getYear() != year || b.to().getYear() != year)) {
                v.add(field, "YEAR", "blackout " + b.from() + ".." + b.to() + " must lie within " + year);
            }
        }
    }

    /**
     * A region may make a rule stricter than the regions above it (REVIEW to BLOCK), never laxer: a
     * REVIEW where BLOCK is in force above (or by default) is refused.
     */
    static void tightenOnly(PolicyDocument doc, RuleParameters inherited, Violations v) {
        for (Map.Entry<String, RuleSetting> e : doc.rules().entrySet()) {
            RuleId rule;
            try {
                rule = RuleId.valueOf(e.getKey());
            } catch (IllegalArgumentException unknown) {
                continue; // reported by validate
            }
            RuleSetting s = e.getValue();
            if (s == null) {
                continue;
            }
            if (s.severity() == Severity.REVIEW && inherited.severityOf(rule) == Severity.BLOCK) {
                v.add("rules." + rule + ".severity", "RELAX", rule + " is BLOCK in force above this region; "
                        + "a region may tighten a rule, never relax it");
            }
            String field = "rules." + rule;
            switch (rule) {
                case TEAM_SIZE -> atMost(v, field + ".max", s.max(), inherited.teamSizeCap());
                case UNIT_MONTHLY_CAP -> atMost(v, field + ".max", s.max(), inherited.unitMonthlyCap());
                case ONE_COMPREHENSIVE_PER_YEAR -> atMost(v, field + ".max", s.max(), inherited.comprehensivePerYear());
                case NOTICE -> atLeast(v, field + ".workingDays", s.workingDays(), inherited.noticeWorkingDays());
                case ANNUAL_QUOTA -> {
                    if (s.cut() != null && s.cut().doubleValue() < inherited.quotaCut()) {
                        v.add(field + ".cut", "RELAX", "the cut in force above this region is " + inherited.quotaCut()
                                + "; a region may cut more, never less");
                    }
                }
                default -> {
                    // The other rules have a severity only.
                }
            }
        }
    }

    private static void atMost(Violations v, String field, Integer value, int inForce) {
        if (value != null && value > inForce) {
            v.add(field, "RELAX", "at most " + inForce + " is in force above this region; a region may lower it, "
                    + "never raise it");
        }
    }

    private static void atLeast(Violations v, String field, Integer value, int inForce) {
        if (value != null && value < inForce) {
            v.add(field, "RELAX", "at least " + inForce + " is in force above this region; a region may raise it, "
                    + "never lower it");
        }
    }

    private static void checkParameter(Violations v, String field, String name, Integer value, int min, int max,
            boolean applies, RuleId rule) {
        if (value == null) {
            return;
        }
        if (!applies) {
            v.add(field + "." + name, "PARAMETER", name + " is not a parameter of " + rule);
        } else {
            v.range(field + "." + name, value, min, max);
        }
    }
}
