package io.grassroots.share.task;

import io.grassroots.platform.web.Violation;
import java.util.List;

/** What an uploaded task workbook did: the rows stored, the rows refused (Excel row numbers), and the task now. */
public record SheetOutcome(List<Accepted> accepted, List<Rejected> rejected, TaskView task) {
    /** A row whose value was stored for its indicator. */
    public record Accepted(int row, String indicator) {
    }

    /** A row refused, with everything wrong with it. */
    public record Rejected(int row, List<Violation> violations) {
    }
}
