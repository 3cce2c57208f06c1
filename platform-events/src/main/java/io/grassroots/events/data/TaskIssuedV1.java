package io.grassroots.events.data;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit is asked for the fields nobody had: only those. minutesEstimated is the unit time the
 * catalog estimates for filling them in.
 */
@EventType(value = "task.issued.v1", topic = Topics.DATA_EVENTS)
public record TaskIssuedV1(String taskId, String unitCode, String period, List<String> indicators, LocalDate dueDate,
        String requestId, String departmentId, Instant issuedAt, int minutesEstimated) implements PlatformEvent {
    @Override
    public String subject() {
        return taskId;
    }
}
