package io.grassroots.web.schedule;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A scheduling run as inspection-service answers it (LastScheduleRun.View, ScheduleSummary). */
public final class ScheduleViews {
    private ScheduleViews() {
    }

    /** The region's last run: who ran it, when, and what it achieved. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Run(String region, int year, String ranBy, String ranAt, Summary summary) {
    }

    /** Plan-targets, placed beside the upper bound, visits beside the lower bound, and what stayed apart. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(int planTargets, int placed, int placeableUpperBound, int visits, int lowerBound,
            double ratio, int noMergeVisits, int busiestUnitMonth, int itineraries,
            Map<String, Integer> unmergedByReason, List<Unmerged> unmerged, boolean unmergedTruncated) {
        public Map<String, Integer> unmergedByReason() {
            return unmergedByReason == null ? Map.of() : unmergedByReason;
        }

        public List<Unmerged> unmerged() {
            return unmerged == null ? List.of() : unmerged;
        }

        /** Visits saved by merging: what a schedule without merging would need, less what this one has. */
        public int visitsSaved() {
            return Math.max(0, noMergeVisits - visits);
        }

        public String ratioShown() {
            return String.format("%.2f", ratio);
        }

        public int unplaced() {
            return planTargets - placed;
        }
    }

    /** A plan-target refused, or visiting its unit alone, with the reason and where it would fit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unmerged(String planId, String unitCode, String reason, boolean placed, String detail,
            String suggestedDate, String suggestion) {
    }
}
