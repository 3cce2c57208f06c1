package io.grassroots.inspection.rules;

import java.util.Set;

/** The burden-relief rules of DESIGN.md, each with its default severity. */
public enum RuleId {
    ONE_COMPREHENSIVE_PER_YEAR(Severity.REVIEW),
    ANNUAL_QUOTA(Severity.REVIEW),
    TEAM_SIZE(Severity.BLOCK),
    NOTICE(Severity.BLOCK),
    CALENDAR(Severity.BLOCK),
    /** The window touches a year whose official holiday arrangement is not loaded: weekends only count. */
    CALENDAR_UNKNOWN(Severity.REVIEW),
    UNIT_MONTHLY_CAP(Severity.BLOCK),
    TARGET_IN_REGION(Severity.BLOCK),
    MANDATE_REQUIRED(Severity.BLOCK),
    DUPLICATE_PLAN(Severity.REVIEW);

    /**
     * Rules about the plan alone, not about when it is submitted or what else was filed: a draft
     * that breaks one of these at BLOCK severity is refused when saved, not only when submitted.
     */
    public static final Set<RuleId> INTRINSIC = Set.of(TEAM_SIZE, CALENDAR, TARGET_IN_REGION, MANDATE_REQUIRED);

    private final Severity defaultSeverity;

    RuleId(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
