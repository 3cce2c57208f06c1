package io.grassroots.inspection.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A coordinator's decision; approving over review findings names each accepted rule. */
public record DecisionRequest(@NotNull Decision decision, @Size(max = 2000) String reason,
        List<String> acceptedFindings) {
    /** Approve or reject. */
    public enum Decision {
        APPROVE, REJECT
    }
}
