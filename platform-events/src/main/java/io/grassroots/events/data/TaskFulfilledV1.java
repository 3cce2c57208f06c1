package io.grassroots.events.data;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.util.List;

/** A unit supplied every field of its task. */
@EventType(value = "task.fulfilled.v1", topic = Topics.DATA_EVENTS)
public record TaskFulfilledV1(String taskId, String unitCode, String period, List<String> indicators,
        Instant fulfilledAt) implements PlatformEvent {
    @Override
    public String subject() {
        return taskId;
    }
}
