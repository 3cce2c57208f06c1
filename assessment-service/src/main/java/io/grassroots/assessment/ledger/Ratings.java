package io.grassroots.assessment.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/**
 * The ratings units gave the items the ledger counts. The ledger owns this question; the feedback
 * package, which owns the ratings, answers it, so feedback depends on the ledger and not back.
 */
public interface Ratings {

    /** An item's ratings: how many, and their sum. */
    record Tally(int ratings, int total) {
        public static final Tally NONE = new Tally(0, 0);

        public Tally plus(Tally other) {
            return new Tally(ratings + other.ratings, total + other.total);
        }
    }

    /** The ratings of these items of one kind, by item id, on the caller's connection; unrated items are absent. */
    Map<String, Tally> of(Connection c, RatedKind kind, Collection<String> itemIds) throws SQLException;
}
