package io.grassroots.events.plan;

/** A department's annual quota of plan-targets: its baseline-year count and the most allowed this year. */
public record QuotaV1(int baseline, int limit) {
}
