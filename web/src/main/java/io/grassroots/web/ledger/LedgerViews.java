package io.grassroots.web.ledger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * The burden ledger as assessment-service answers it (GET /api/burden/departments) and the share's
 * figures as dataset-share-service answers them (GET /api/share/stats), with what the pages show.
 */
public final class LedgerViews {
    private LedgerViews() {
    }

    /** A department's row for a year: its counts and the shares and scores that follow from them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(Counts counts, BigDecimal cutAchieved, Boolean withinQuota, BigDecimal mergeShare,
            BigDecimal shareRate, BigDecimal feedbackMean, BigDecimal unitHoursImposed, BigDecimal reliefScore,
            BigDecimal burdenScore) {
        public String label() {
            return counts.name() == null || counts.name().isBlank() ? counts.departmentId() : counts.name();
        }

        /** Fields answered without asking a unit again: from shared data, or joined to a task already out. */
        public int sparedFields() {
            return counts.fieldsAnsweredShared() + counts.fieldsCoalesced();
        }
    }

    /** The raw counts (assessment-service's DepartmentTally); only what the pages show is read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(String departmentId, String name, String regionCode, int year, int plansFiled,
            int targetsFiled, int plansApproved, int targetsApproved, Integer baseline, Integer quotaLimit,
            int targetsVisited, int targetsMerged, int requestsFiled, int fieldsRequested, int fieldsAnsweredShared,
            int fieldsAskedOfUnits, int fieldsCoalesced, int minutesSaved, int tasksIssued, int submissionsRefused) {
    }

    /** The share's figures for a year, and month by month. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stats(int year, String scope, long requests, long fieldsRequested, long answeredFromShared,
            long askedOfUnits, long coalesced, long tasksIssued, long minutesSaved, double shareAnswered,
            Forms forms, List<Month> months) {
        public List<Month> months() {
            return months == null ? List.of() : months;
        }

        public Forms forms() {
            return forms == null ? new Forms(0, 0, 0) : forms;
        }
    }

    /** The requests filed as departments' own forms, counted in the figures too. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Forms(long filed, long cells, long filledFromShared) {
    }

    /** One month's requests. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Month(int month, long requests, long fieldsRequested, long answeredFromShared, long coalesced,
            double shareAnswered) {
        /** (answered + coalesced) / requested, as the ledger's share rate counts it; null without requests. */
        public Double spared() {
            return fieldsRequested == 0 ? null : (answeredFromShared + coalesced) / (double) fieldsRequested;
        }
    }
}
