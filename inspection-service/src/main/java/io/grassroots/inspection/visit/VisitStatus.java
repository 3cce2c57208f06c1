package io.grassroots.inspection.visit;

/** PLANNED (may still move), CONFIRMED (notice given, frozen), COMPLETED (all results recorded). */
public enum VisitStatus {
    PLANNED, CONFIRMED, COMPLETED
}
