package io.grassroots.web.plans;

import io.grassroots.web.api.Paged;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Plans as inspection-service answers them (PlanView), with what the console shows of them. */
public final class PlanViews {
    private PlanViews() {
    }

    /** One plan with its rule findings and the coordinator's decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(String id, String department, int year, String title, String kind, String scope, String category,
            List<String> targets, Selector targetSelector, int targetCount, String windowStart, String windowEnd,
            int onSiteDays, int teamSize, List<String> materials, String mandate, String vetoItem, String status,
            List<Finding> findings, Decision decision, String submittedAt, String createdAt, String updatedAt) {
        public List<Finding> findings() {
            return findings == null ? List.of() : findings;
        }

        public List<String> materials() {
            return materials == null ? List.of() : materials;
        }

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        /** As inspection-service allows: a plan not yet done or cancelled may be cancelled. */
        public boolean cancellable() {
            return List.of("DRAFT", "SUBMITTED", "APPROVED", "SCHEDULED").contains(status);
        }

        public boolean blocked() {
            return findings().stream().anyMatch(f -> "BLOCK".equals(f.severity()));
        }
    }

    /** Targets named by rule: every unit under a region or unit, optionally of one level. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Selector(String under, String level) {
    }

    /** What a rule found: the rule, its severity, the field concerned and (in English) the numbers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String rule, String severity, String field, String message) {
    }

    /** The coordinator's decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String decision, String reason, List<String> acceptedFindings, String decidedBy,
            String decidedAt) {
    }

    /** One page of plans. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanPage(List<Plan> items, int page, int size, long total)
            implements Paged {
        public List<Plan> items() {
            return items == null ? List.of() : items;
        }
    }

    /** The statuses a list can be filtered by, in lifecycle order. */
    public static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "SCHEDULED",
            "COMPLETED", "CANCELLED");
}
