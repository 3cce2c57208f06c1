package io.grassroots.events.plan;

/** One rule finding on a plan: which rule, how severe, and the numbers that broke it. */
public record RuleFindingV1(String rule, String severity, String field, String message) {
}
