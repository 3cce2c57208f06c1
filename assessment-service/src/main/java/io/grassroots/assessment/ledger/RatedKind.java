package io.grassroots.assessment.ledger;

/** What a unit may rate (feedback.item_type): a visit it hosted or a data request that named it. */
public enum RatedKind {
    VISIT, REQUEST
}
