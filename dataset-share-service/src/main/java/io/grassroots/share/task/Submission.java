package io.grassroots.share.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * The values a unit submits for its task, one per open field. Their shape is declared here; whether each
 * names an open field of the task, once, with a value the catalog takes is {@link AnswerCheck}'s.
 */
public record Submission(List<@NotNull @Valid Item> values) {
    /** One field's value. */
    public record Item(@NotBlank String indicator, @NotNull BigDecimal value) {
    }
}
