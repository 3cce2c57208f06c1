package io.grassroots.events.assessment;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A department's burden-ledger row for a year changed materially: what it filed against its quota,
 * what was merged or answered from shared data, what it still asked of units, and its scores.
 */
@EventType(value = "ledger.published.v1", topic = Topics.ASSESSMENT_EVENTS)
public record LedgerPublishedV1(String departmentId, int year, int plansFiled, int targetsFiled, Integer baseline,
        Integer quotaLimit, int targetsMerged, int fieldsRequested, int fieldsAnsweredShared, int fieldsAskedOfUnits,
        int submissionsRefused, BigDecimal feedbackMean, BigDecimal unitHoursImposed, BigDecimal reliefScore,
        BigDecimal burdenScore, Instant publishedAt) implements PlatformEvent {
    @Override
    public String subject() {
        return departmentId + "/" + year;
    }
}
