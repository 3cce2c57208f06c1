package io.grassroots.inspection.rules;

/** BLOCK: the plan cannot be submitted. REVIEW: a coordinator must accept the finding by name. */
public enum Severity {
    BLOCK, REVIEW
}
