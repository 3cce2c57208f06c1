package io.grassroots.events.result;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a joint team found for one plan at one unit: findings, rating, rectification items with due
 * dates, and the indicator values it collected, which the shared dataset stores (source: this inspection).
 */
@EventType(value = "result.published.v1", topic = Topics.INSPECTION_RESULTS)
public record ResultPublishedV1(String resultId, String visitId, String planId, String unitCode,
        String departmentId, String categoryCode, LocalDate visitDate, String findings, int rating,
        List<Rectification> rectifications, List<IndicatorValue> indicatorValues, String recordedBy,
        Instant recordedAt) implements PlatformEvent {

    @Override
    public String subject() {
        return visitId;
    }

    /** A rectification item (整改事项) the unit must complete by its due date. */
    public record Rectification(String item, LocalDate dueDate) {
    }

    /** An indicator value collected on site, for a period such as 2026 or 2026-Q2. */
    public record IndicatorValue(String indicator, String period, BigDecimal value) {
    }
}
