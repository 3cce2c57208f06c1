package io.grassroots.assessment.score;

import io.grassroots.assessment.jdbc.Jdbc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each coordinating office last published of a unit's card (score_published), read and written here only. */
final class PublishedScores {
    /** One published card as stored: its total, and the fingerprint a later publication is compared with. */
    record Row(String unitCode, int year, BigDecimal total, String fingerprint, String publishedBy,
            Instant publishedAt) {
    }

    private PublishedScores() {
    }

    static Optional<ScoreService.Published> of(Connection c, String unit, int year) throws SQLException {
        return Jdbc.query(c, "select total, published_by, published_at from score_published where unit_code = ? "
                + "and year = ?",
                rs -> new ScoreService.Published(rs.getBigDecimal("total"), rs.getString("published_by"),
                        rs.getTimestamp("published_at").toInstant()),
                unit, year).stream().findFirst();
    }

    /** The fingerprint last published of each unit of the region, by unit code. */
    static Map<String, String> fingerprints(Connection c, String region, int year) throws SQLException {
        Map<String, String> last = new HashMap<>();
        Jdbc.query(c, "select unit_code, fingerprint from score_published where year = ? and unit_code like ? || '%'",
                rs -> last.put(rs.getString("unit_code"), rs.getString("fingerprint")), year, region);
        return last;
    }

    static void record(Connection c, List<Row> rows) throws SQLException {
        Jdbc.batch(c, "insert into score_published (unit_code, year, total, fingerprint, published_by, published_at) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (unit_code, year) do update set total = excluded.total, "
                + "fingerprint = excluded.fingerprint, published_by = excluded.published_by, "
                + "published_at = excluded.published_at", rows,
                (st, r) -> st.text(r.unitCode()).integer(r.year()).decimal(r.total()).text(r.fingerprint())
                        .text(r.publishedBy()).instant(r.publishedAt()));
    }
}
