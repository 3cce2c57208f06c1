package io.grassroots.inspection.merge;

/** A plan-target no visit could take, and why. */
public record Unplaced(PlanTarget target, Reason reason, String detail) {
    /** Why a plan-target could not be placed. */
    public enum Reason {
        /** Its window holds fewer consecutive visit days than it needs on site. */
        CALENDAR,
        /** Its team alone exceeds the cap per visit. */
        CAPACITY,
        /** Every month of its window already has the unit's maximum of visits. */
        UNIT_MONTHLY_CAP
    }
}
