package io.grassroots.inspection.plan;

import java.util.Set;

/** DRAFT → SUBMITTED → APPROVED | REJECTED, APPROVED → SCHEDULED → COMPLETED, CANCELLED before COMPLETED. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, SCHEDULED, COMPLETED, CANCELLED;

    /** Plans that count against quotas and duplicates: filed and not withdrawn or refused. */
    public static final Set<PlanStatus> LIVE = Set.of(SUBMITTED, APPROVED, SCHEDULED, COMPLETED);

    public boolean cancellable() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED || this == SCHEDULED;
    }
}
