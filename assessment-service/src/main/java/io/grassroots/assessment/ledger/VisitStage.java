package io.grassroots.assessment.ledger;

/** The event a visit snapshot came with; at the same event time the later stage wins (visit_fact.version_rank). */
public enum VisitStage {
    SCHEDULED(0), RESCHEDULED(1), CONFIRMED(2), COMPLETED(3);

    /** Stored, not derived from the declaration order, so that the ranks already written keep their meaning. */
    final int rank;

    VisitStage(int rank) {
        this.rank = rank;
    }
}
