package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What was last published of each ledger row (ledger_published), so that only material changes go out again. */
final class PublishedFigures {
    private PublishedFigures() {
    }

    /** The last published figures of every queued row that was published before. */
    static Map<DepartmentYear, String> ofQueued(Connection c) throws SQLException {
        Map<DepartmentYear, String> last = new HashMap<>();
        Jdbc.query(c, "select p.department_id, p.year, p.figures from ledger_published p "
                + "join ledger_dirty d on d.department_id = p.department_id and d.year = p.year",
                rs -> last.put(DepartmentYear.of(rs), rs.getString("figures")));
        return last;
    }

    static void record(Connection c, DepartmentYear d, String figures, Instant at) throws SQLException {
        Jdbc.update(c, "insert into ledger_published (department_id, year, figures, published_at) values (?, ?, ?, ?) "
                + "on conflict (department_id, year) do update set figures = excluded.figures, "
                + "published_at = excluded.published_at", d.departmentId(), d.year(), figures, at);
    }
}
