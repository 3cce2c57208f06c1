package io.grassroots.assessment.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/**
 * A rating of one visit or one data request (name exactly one), 1 to 5, with an optional comment. The
 * shape of each field is declared here; naming exactly one item is {@link FeedbackService}'s to check.
 */
public record FeedbackInput(String visitId, String requestId, @NotNull @Range(min = 1, max = 5) Integer rating,
        @Size(max = 1000) String comment) {
}
