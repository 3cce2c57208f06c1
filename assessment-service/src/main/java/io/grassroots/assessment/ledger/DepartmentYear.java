package io.grassroots.assessment.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the burden ledger: a department in a year. */
public record DepartmentYear(String departmentId, int year) {
    /** Reads a row's department_id and year columns. */
    static DepartmentYear of(ResultSet rs) throws SQLException {
        return new DepartmentYear(rs.getString("department_id"), rs.getInt("year"));
    }
}
