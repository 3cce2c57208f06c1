package io.grassroots.inspection.plan;

/** Targets named by rule instead of by list: every unit under a region or unit, optionally of one level. */
public record TargetSelector(String under, String level) {
}
