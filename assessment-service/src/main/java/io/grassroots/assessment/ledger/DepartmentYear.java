package io.grassroots.assessment.ledger;

/** One row of the burden ledger: a department in a year. */
public record DepartmentYear(String departmentId, int year) {
}
