package io.grassroots.events.data;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.math.BigDecimal;
import java.time.Instant;

/** A value entered the shared dataset (a new version when it corrects an earlier one). */
@EventType(value = "data.reported.v1", topic = Topics.DATA_EVENTS)
public record DataReportedV1(String unitCode, String indicator, String period, BigDecimal value, int version,
        String source, String sourceRef, Instant reportedAt) implements PlatformEvent {
    @Override
    public String subject() {
        return unitCode;
    }
}
