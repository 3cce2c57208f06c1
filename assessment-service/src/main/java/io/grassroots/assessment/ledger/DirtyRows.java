package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The queue of ledger rows (ledger_dirty) whose figures may have changed since they were last published. */
public final class DirtyRows {
    private DirtyRows() {
    }

    /**
     * Queues ledger rows for the publisher, which decides whether they changed materially. A row already queued
     * is updated, not skipped: the update waits for a publisher that has claimed the row (and may have read its
     * figures without this transaction's change) and, once the publisher has cleared it, queues the row anew.
     * Skipping it lost the change's publication. Rows are marked in the claim's order, so that two markers
     * never wait on each other's rows.
     */
    public static void mark(Connection c, Collection<DepartmentYear> rows) throws SQLException {
        List<DepartmentYear> sorted = rows.stream().distinct()
                .sorted(Comparator.comparingInt(DepartmentYear::year).thenComparing(DepartmentYear::departmentId))
                .toList();
        for (DepartmentYear row : sorted) {
            Jdbc.update(c, "insert into ledger_dirty (department_id, year) values (?, ?) on conflict (department_id, "
                    + "year) do update set year = excluded.year", row.departmentId(), row.year());
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
