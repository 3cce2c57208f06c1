package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Unplaced;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a scheduling run achieved: plan-targets, how many were placed beside an upper bound on what
 * any schedule under the caps could place, visits, the lower bound and visits ÷ bound, the visits a
 * no-merge schedule would need, and every plan-target that could not be placed or merged.
 */
public record ScheduleSummary(String region, int year, int planTargets, int placed, int placeableUpperBound,
        int visits, int lowerBound, double ratio,
        int noMergeVisits, int busiestUnitMonth, int itineraries, Map<String, Integer> unmergedByReason,
        List<Unmerged> unmerged, boolean unmergedTruncated) {

    /**
     * A plan-target that was refused or visits its unit alone, and why; a refused one with the nearest
     * date where it would fit and what it would join there.
     */
    public record Unmerged(String planId, String unitCode, String reason, boolean placed, String detail,
            LocalDate suggestedDate, String suggestion) {

        static Unmerged of(Unplaced u) {
            return new Unmerged(u.target().planId(), u.target().unitCode(), u.reason().name(), false, u.detail(),
                    u.suggestion() == null ? null : u.suggestion().date(),
                    u.suggestion() == null ? null : u.suggestion().text());
        }
    }
}
