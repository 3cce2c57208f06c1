package io.grassroots.inspection.rules;

/** What a rule found on a plan: the rule, its severity, the plan field concerned, and the numbers. */
public record Finding(RuleId rule, Severity severity, String field, String message) {
    public boolean blocks() {
        return severity == Severity.BLOCK;
    }
}
