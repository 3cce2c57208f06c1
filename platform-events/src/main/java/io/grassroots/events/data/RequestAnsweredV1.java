package io.grassroots.events.data;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;

/** Every field of a data request has its value. */
@EventType(value = "request.answered.v1", topic = Topics.DATA_EVENTS)
public record RequestAnsweredV1(String requestId, String departmentId, int fieldsRequested, int answeredFromShared,
        int answeredByUnits, Instant answeredAt) implements PlatformEvent {
    @Override
    public String subject() {
        return requestId;
    }
}
