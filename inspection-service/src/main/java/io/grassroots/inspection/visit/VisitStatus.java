package io.grassroots.inspection.visit;

import io.grassroots.events.visit.VisitSnapshot;

/** PLANNED (may still move), CONFIRMED (notice given, frozen), COMPLETED (all results recorded). */
public enum VisitStatus {
    PLANNED, CONFIRMED, COMPLETED;

    /** The status a visit's events announce for it. */
    public VisitSnapshot.Status announced() {
        return switch (this) {
            case PLANNED -> VisitSnapshot.Status.PLANNED;
            case CONFIRMED -> VisitSnapshot.Status.CONFIRMED;
            case COMPLETED -> VisitSnapshot.Status.COMPLETED;
        };
    }
}
