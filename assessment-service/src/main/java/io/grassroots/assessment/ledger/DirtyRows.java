package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** The queue of ledger rows (ledger_dirty) whose figures may have changed since they were last published. */
public final class DirtyRows {
    private DirtyRows() {
    }

    /** Queues ledger rows for the publisher, which decides whether they changed materially. */
    public static void mark(Connection c, Collection<DepartmentYear> rows) throws SQLException {
        for (DepartmentYear row : rows) {
            Jdbc.update(c, "insert into ledger_dirty (department_id, year) values (?, ?) on conflict do nothing",
                    row.departmentId(), row.year());
        }
    }

    /** Up to limit queued rows, locked until the transaction ends; rows another instance holds are left to it. */
    static List<DepartmentYear> claim(Connection c, int limit) throws SQLException {
        return Jdbc.query(c, "select department_id, year from ledger_dirty order by year, department_id limit ? "
                + "for update skip locked", DepartmentYear::of, limit);
    }

    static void clear(Connection c, Collection<DepartmentYear> rows) throws SQLException {
        for (DepartmentYear d : rows) {
            Jdbc.update(c, "delete from ledger_dirty where department_id = ? and year = ?", d.departmentId(),
                    d.year());
        }
    }
}
