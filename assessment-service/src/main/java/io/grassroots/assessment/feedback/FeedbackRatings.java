package io.grassroots.assessment.feedback;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.ledger.RatedKind;
import io.grassroots.assessment.ledger.Ratings;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The feedback table's answer to the ledger's {@link Ratings}: the ratings of given items. */
@ApplicationScoped
public class FeedbackRatings implements Ratings {

    @Override
    public Map<String, Tally> of(Connection c, RatedKind kind, Collection<String> itemIds) throws SQLException {
        Map<String, Tally> tallies = new HashMap<>();
        if (itemIds.isEmpty()) {
            return tallies;
        }
        // One array parameter, however many items a province's year holds.
        Jdbc.query(c, "select item_id, count(*) as ratings, sum(rating) as total from feedback "
                + "where item_type = ? and item_id = any(?) group by item_id",
                rs -> tallies.put(rs.getString("item_id"), new Tally(rs.getInt("ratings"), rs.getInt("total"))),
                kind.name(), c.createArrayOf("varchar", itemIds.toArray()));
        return tallies;
    }
}
