package io.grassroots.assessment.ledger;

/** A plan's stage as the ledger records it (plan_fact.status); a later rank never gives way to an earlier one. */
public enum PlanStage {
    SUBMITTED(1), APPROVED(2), REJECTED(2), CANCELLED(3);

    /** Stored beside the status, so that an upsert can keep the later stage whatever the delivery order. */
    final int rank;

    PlanStage(int rank) {
        this.rank = rank;
    }
}
