package io.grassroots.inspection.merge;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan-target no visit could take, why, and the nearest place it would fit: null only when no
 * day of the year has room for it (or its team alone exceeds the cap).
 */
public record Unplaced(PlanTarget target, Reason reason, String detail, Suggestion suggestion) {

    public Unplaced(PlanTarget target, Reason reason, String detail) {
        this(target, reason, detail, null);
    }

    /** Why a plan-target could not be placed. */
    public enum Reason {
        /** Its window holds fewer consecutive visit days than it needs on site. */
        CALENDAR,
        /** Its team alone exceeds the cap per visit. */
        CAPACITY,
        /** Every month of its window already has the unit's maximum of visits, and no open visit there has room. */
        UNIT_MONTHLY_CAP
    }

    /**
     * The nearest day outside its window where it would fit: joining the open visit {@code joins}
     * (its key; {@code joinsPlans} are the plans already in it), or as a new visit when joins is
     * null (in a month with room). {@code text} says it for coordinators.
     */
    public record Suggestion(LocalDate date, String joins, List<String> joinsPlans, String text) {
        public Suggestion {
            joinsPlans = joinsPlans == null ? List.of() : List.copyOf(joinsPlans);
        }
    }
}
