package io.grassroots.events.assessment;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A coordinating office published a unit's assessment score for a year (or a changed one again):
 * the total and each indicator's value and score, so that readers need not recompute it.
 */
@EventType(value = "score.published.v1", topic = Topics.ASSESSMENT_EVENTS)
public record ScorePublishedV1(String unitCode, int year, BigDecimal total, List<IndicatorScore> indicators,
        String publishedBy, Instant publishedAt) implements PlatformEvent {
    /** One indicator on the card; value and score are null when nothing was collected for it. */
    public record IndicatorScore(String indicator, BigDecimal weight, BigDecimal value, BigDecimal score) {
    }

    @Override
    public String subject() {
        return unitCode + "/" + year;
    }
}
