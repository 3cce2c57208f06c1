package io.grassroots.events.data;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A department filed a data request; how many fields shared data answered and how many units are asked. */
@EventType(value = "request.filed.v1", topic = Topics.DATA_EVENTS)
public record RequestFiledV1(String requestId, String departmentId, String title, String period, LocalDate dueDate,
        List<String> indicators, List<String> units, int fieldsRequested, int answeredFromShared, int askedOfUnits,
        int coalesced, int minutesSaved, Instant filedAt) implements PlatformEvent {
    @Override
    public String subject() {
        return requestId;
    }
}
