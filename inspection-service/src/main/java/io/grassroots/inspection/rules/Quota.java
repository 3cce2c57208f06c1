package io.grassroots.inspection.rules;

/** A department's annual plan-target quota: its baseline-year count cut by a share (50% by default). */
public record Quota(int baseline, double cut) {
    /** The most plan-targets allowed: baseline × (1 − cut), rounded down. */
    public int limit() {
        // The epsilon keeps e.g. 240 × 0.7 from landing on 167.99999 and losing a target.
        return (int) Math.floor(baseline * (1 - cut) + 1e-9);
    }
}
