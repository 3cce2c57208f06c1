package io.grassroots.assessment.feedback;

import io.grassroots.assessment.ledger.RatedKind;
import java.time.Instant;
import java.util.UUID;

/** A rating as its unit reads it, with the last moment it may still be changed. */
public record FeedbackView(UUID id, String unitCode, RatedKind itemType, String itemId, int rating, String comment,
        Instant createdAt, Instant updatedAt, Instant editableUntil) {
}
