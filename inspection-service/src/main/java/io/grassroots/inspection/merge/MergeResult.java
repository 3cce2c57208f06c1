package io.grassroots.inspection.merge;

import java.util.List;

/** A schedule: the visits, the joint teams' routes, what could not be placed or merged, and the figures. */
public record MergeResult(List<Visit> visits, List<Itinerary> itineraries, List<Unplaced> unplaced,
        List<NotMerged> notMerged, Summary summary) {

    /**
     * planTargets: all given; visits: in this schedule; lowerBound: no schedule needs fewer;
     * ratio: visits ÷ lowerBound; noMergeVisits: one visit per placeable plan-target; busiestUnitMonth:
     * the most visits any unit gets in one month.
     */
    public record Summary(int planTargets, int visits, int lowerBound, double ratio, int noMergeVisits,
            int unplaced, int busiestUnitMonth) {
    }
}
