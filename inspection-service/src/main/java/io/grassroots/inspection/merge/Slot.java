package io.grassroots.inspection.merge;

/** A plan-target with the visit days it may start on: numbers first..last of {@link VisitDays}. */
record Slot(PlanTarget target, int first, int last) {
    boolean overlaps(Slot other) {
        return first <= other.last && other.first <= last;
    }
}
