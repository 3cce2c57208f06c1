package io.grassroots.inspection.plan;

import java.util.List;

/** A coordinator's decision; approving over review findings names each accepted rule. */
public record DecisionRequest(Decision decision, String reason, List<String> acceptedFindings) {
    /** Approve or reject. */
    public enum Decision {
        APPROVE, REJECT
    }
}
