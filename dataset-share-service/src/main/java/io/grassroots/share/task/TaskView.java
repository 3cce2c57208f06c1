package io.grassroots.share.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A unit's task: the fields asked of it, who asked, and by when. */
public record TaskView(UUID id, String unit, String period, TaskStatus status, LocalDate dueDate,
        List<String> indicators,
        List<String> openIndicators, List<String> requestedBy, Instant createdAt, Instant fulfilledAt) {
}
