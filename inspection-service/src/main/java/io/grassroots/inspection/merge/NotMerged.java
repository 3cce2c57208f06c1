package io.grassroots.inspection.merge;

/** A plan-target that ended up visiting its unit alone although other plans visit the unit too. */
public record NotMerged(PlanTarget target, Reason reason, String detail) {
    /** Why it could not share a visit. */
    public enum Reason {
        /** No other plan of a compatible group visits that unit. */
        ONLY_PLAN,
        /** The other plans' windows share no visit day with its window. */
        WINDOWS_DISJOINT,
        /** Joining a visit would exceed the team or department cap. */
        CAPACITY,
        /** A visit it could share was already at the unit's monthly cap or clashed with another day. */
        UNIT_MONTHLY_CAP
    }
}
