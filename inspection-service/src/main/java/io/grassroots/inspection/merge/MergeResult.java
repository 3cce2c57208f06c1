package io.grassroots.inspection.merge;

import java.util.List;

/** A schedule: the visits, the joint teams' routes, what could not be placed or merged, and the figures. */
public record MergeResult(List<Visit> visits, List<Itinerary> itineraries, List<Unplaced> unplaced,
        List<NotMerged> notMerged, Summary summary) {

    /**
     * planTargets: all given (frozen visits' members included); visits: in this schedule; lowerBound:
     * no schedule placing the same plan-targets needs fewer visits; ratio: visits ÷ lowerBound;
     * noMergeVisits: one visit per placeable plan-target; unplaced: refused plan-targets;
     * busiestUnitMonth: the most visits any unit gets in one month; placeableUpperBound: no schedule
     * under the caps places more plan-targets than this, to read next to planTargets − unplaced. It
     * adds up, per unit and run of months no window crosses: all of them where all were placed; the
     * optimum where the exact search decided (a search over every schedule, see ExactPlacer, checked
     * against brute force by MergeOptimalityTest); else the flow bound of PlaceableBound; plus the
     * frozen visits' members.
     */
    public record Summary(int planTargets, int visits, int lowerBound, double ratio, int noMergeVisits,
            int unplaced, int busiestUnitMonth, int placeableUpperBound) {
    }
}
