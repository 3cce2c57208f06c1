package io.grassroots.share.data;

import io.grassroots.platform.web.Violation;
import java.util.List;

/** What a batch did: the values stored (with their versions) and the items refused, each with its problems. */
public record ReportOutcome(List<Accepted> accepted, List<Rejected> rejected) {
    /** A stored item. */
    public record Accepted(int index, String unit, String indicator, String period, int version) {
    }

    /** A refused item. */
    public record Rejected(int index, List<Violation> violations) {
    }
}
