package io.grassroots.assessment.feedback;

/** A rating of one visit or one data request (name exactly one), 1 to 5, with an optional comment. */
public record FeedbackInput(String visitId, String requestId, Integer rating, String comment) {
}
