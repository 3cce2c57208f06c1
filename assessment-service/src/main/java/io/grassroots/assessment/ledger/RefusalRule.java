package io.grassroots.assessment.ledger;

/** The blocking rules of a refused submission that the ledger counts apart: short notice and a closed calendar. */
public enum RefusalRule {
    NOTICE, CALENDAR
}
