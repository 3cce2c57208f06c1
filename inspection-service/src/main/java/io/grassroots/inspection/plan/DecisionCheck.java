package io.grassroots.inspection.plan;

import io.grassroots.inspection.rules.Finding;
import io.grassroots.inspection.rules.Severity;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a coordinator's decision must carry: approving over review findings names each one and gives a
 * reason; a rejection always gives one.
 */
final class DecisionCheck {
    private DecisionCheck() {
    }

    /** The accepted findings of a well-formed decision (PlanResource's @Valid) on a SUBMITTED plan; a problem otherwise, nothing changed. */
    static Set<String> accepted(Plan plan, DecisionRequest request) {
        // The decision's shape (given, decision required, reason at most 2000) was checked by @Valid.
        Violations v = new Violations();
        if (plan.status != PlanStatus.SUBMITTED) {
            throw ProblemException.conflict("STATUS", "plan is " + plan.status
                    + "; a decision was made on this plan already");
        }
        List<String> review = plan.findings.stream().filter(f -> f.severity() == Severity.REVIEW)
                .map(f -> f.rule().name()).toList();
        Set<String> accepted = new LinkedHashSet<>(request.acceptedFindings() == null ? List.of()
                : request.acceptedFindings());
        boolean hasReason = request.reason() != null && !request.reason().isBlank();
        if (request.decision() == DecisionRequest.Decision.APPROVE) {
            for (String rule : review) {
                if (!accepted.contains(rule)) {
                    v.add("acceptedFindings", "REVIEW_ACCEPTED", "approving needs the " + rule
                            + " finding accepted by name: " + message(plan, rule));
                }
            }
            for (String rule : accepted) {
                if (!review.contains(rule)) {
                    v.add("acceptedFindings", "REVIEW_ACCEPTED", rule + " is not a review finding of this plan");
                }
            }
            if (!review.isEmpty() && !hasReason) {
                v.add("reason", "REQUIRED", "approving over review findings needs a written reason");
            }
        } else if (!hasReason) {
            v.add("reason", "REQUIRED", "a rejection needs a reason");
        }
        v.throwIfAny();
        return accepted;
    }

    private static String message(Plan plan, String rule) {
        return plan.findings.stream().filter(f -> f.rule().name().equals(rule)).map(Finding::message).findFirst()
                .orElse("");
    }
}
