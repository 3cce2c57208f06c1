package io.grassroots.assessment.feedback;

import io.grassroots.platform.web.ExactlyOne;
import jakarta.validation.GroupSequence;
import jakarta.validation.groups.Default;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/**
 * A rating of one visit or one data request (name exactly one), 1 to 5, with an optional comment; its
 * shape is declared here (exactly one item for a {@link New} rating), whether the item exists is {@link FeedbackService}'s to check.
 */
@ExactlyOne(value = { "visitId", "requestId" }, groups = FeedbackInput.Item.class)
public record FeedbackInput(String visitId, String requestId, @NotNull @Range(min = 1, max = 5) Integer rating,
        @Size(max = 1000) String comment) {
    /** A new rating: each field's shape, then, once that is well formed, exactly one item, as before. */
    @GroupSequence({ Default.class, Item.class })
    public interface New {
    }

    /** Naming exactly one item: a new rating's, not a change's, which keeps its item. */
    public interface Item {
    }
}
