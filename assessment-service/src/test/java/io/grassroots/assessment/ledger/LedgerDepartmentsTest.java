package io.grassroots.assessment.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.grassroots.assessment.feedback.FeedbackRatings;
import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.ledger.arithmetic.DepartmentTally;
import io.grassroots.assessment.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger's department rows carry the directory's name, level and region, a region narrows them
 * by the department's region code, and a department the directory has not announced yet is listed
 * unnamed only when no region is asked for.
 */
@QuarkusTest
class LedgerDepartmentsTest {
    /** A year no other test writes, so the rows below are the only ones in it. */
    private static final int YEAR = 2391;

    @Inject
    Db db;

    @Test
    void departmentRowsTakeTheDirectorysNamesAndRegions() throws Exception {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                Jdbc.update(c, "insert into department (id, name, level, region_code) values "
                        + "('ldt-county', '县林业局', 'COUNTY', '450183'), ('ldt-city', '市林业局', 'CITY', '4501')");
                for (String department : List.of("ldt-county", "ldt-city", "ldt-unknown")) {
                    Jdbc.update(c, "insert into plan_fact (plan_id, department_id, year, targets, status, status_rank) "
                            + "values (?, ?, ?, 2, ?, 1)", "ldt-plan-" + department, department, YEAR,
                            PlanStage.SUBMITTED.name());
                }
                FeedbackRatings ratings = new FeedbackRatings();

                List<DepartmentTally> all = LedgerQuery.departments(c, YEAR, null, ratings);
                assertEquals(List.of("ldt-city", "ldt-county", "ldt-unknown"),
                        all.stream().map(DepartmentTally::departmentId).toList());
                assertEquals("县林业局", all.get(1).name());
                assertEquals("COUNTY", all.get(1).level());
                assertEquals("450183", all.get(1).regionCode());
                assertEquals(2, all.get(1).targetsFiled());
                assertNull(all.get(2).name(), "not announced yet: listed without a name");

                assertEquals(List.of("ldt-city", "ldt-county"), LedgerQuery.departments(c, YEAR, "4501", ratings)
                        .stream().map(DepartmentTally::departmentId).toList());
                assertEquals(List.of("ldt-county"), LedgerQuery.departments(c, YEAR, "450183", ratings).stream()
                        .map(DepartmentTally::departmentId).toList());
                assertEquals(List.of(), LedgerQuery.departments(c, YEAR, "4502", ratings));
            } finally {
                c.rollback();
            }
        }
    }
}
