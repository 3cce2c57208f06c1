package io.grassroots.inspection.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.inspection.support.Db;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.testing.CountingDriver;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: a county's scheduling run costs the same statements whether it writes a handful of visits or
 * thousands (counted at the JDBC driver, {@link CountingDriver}, which every test runs on): visits, members,
 * the unplaced list and the events each go in one statement. The plans are the same in both counties, over
 * 2 villages in one and 253 in the other, so both runs take the same paths (merged visits, plan-targets left
 * unplaced by the monthly cap), and both schedules keep the schedule's rules.
 */
@QuarkusTest
class ScheduleRunStatementsTest {
    private static final int YEAR = 2026;
    /** Group of each spring plan's category, two plans each: five groups for a unit's four visits in two months. */
    private static final String[] SPRING = { "WORK_SAFETY", "FIRE", "ENVIRONMENT", "NATURAL_RESOURCES",
            "RURAL_REVITALIZATION", "AGRICULTURE", "PARTY_BUILDING", "PUBLIC_SECURITY", "EDUCATION", "HEALTH" };
    private static final String[] AUTUMN = { "FOOD_DRUG", "FINANCE", "CIVIL_AFFAIRS" };

    @Inject
    ScheduleService schedule;
    @Inject
    Db db;

    @Test
    void aRunWritesThousandsOfVisitsInTheStatementsOfAHandful() throws Exception {
        run("451223", 2); // the first run of a fresh service may load what later ones find cached
        Run few = run("451222", 2);
        Run many = run("451228", 253);
        System.out.printf("scheduling run statements: %d for %d visits (%d members, %d unplaced), "
                + "%d for %d visits (%d members, %d unplaced); the larger run took %d ms%n", few.statements,
                few.visits, few.members, few.unplaced, many.statements, many.visits, many.members, many.unplaced,
                many.millis);
        assertTrue(many.visits > 1000 && many.members > many.visits && many.unplaced > 0,
                "a large run, with merged visits and unplaced plan-targets: " + many);
        assertTrue(few.visits > 0 && few.members > few.visits && few.unplaced > 0, "the same shape, small: " + few);
        assertTrue(few.statements > 0, "the driver counted no statement");
        assertEquals(few.statements, many.statements, "statements for " + few.visits + " visits: " + few.statements
                + ", for " + many.visits + ": " + many.statements);
        ScheduleInvariants.check(db, "451222");
        ScheduleInvariants.check(db, "451228");
        assertEquals(many.visits, db.count("select count(*) from outbox_event e join visit v on cast(v.id as text) "
                + "= e.subject where e.event_type = 'visit.scheduled.v1' and v.county_code = '451228'"),
                "one visit.scheduled.v1 per visit");
    }

    /** What one county's first run wrote, and the statements it ran. */
    private record Run(int statements, long visits, long members, long unplaced, long millis) {
    }

    private Run run(String county, int villages) throws Exception {
        approvePlans(county, villages);
        Caller coordinator = new Caller("statements-test", Role.COORDINATOR, null, null, county);
        long start = System.nanoTime();
        int statements = CountingDriver.count(() -> schedule.schedule(county, YEAR, coordinator));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(statements, db.count("select count(*) from visit where county_code = ?", county),
                db.count(
                        "select count(*) from visit_member m join visit v on v.id = m.visit_id where v.county_code = ?",
                        county),
                db.count("select count(*) from unplaced_target where county_code = ?", county), millis);
    }

    /** The same approved plans over the county's first villages: ten in spring, three in autumn. */
    private void approvePlans(String county, int villages) throws Exception {
        try (Connection c = db.connection()) {
            List<String> units = strings(c, "select code from unit where county_code = ? and level = 'VILLAGE' "
                    + "order by code limit " + villages, county);
            List<String> departments = strings(c, "select id from department where region_code = ? order by id "
                    + "limit 2", county);
            assertEquals(villages, units.size(), "villages of " + county);
            assertEquals(2, departments.size(), "departments of " + county);
            for (int i = 0; i < SPRING.length; i++) {
                plan(c, county, departments.get(i % 2), SPRING[i], LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 4, 30),
                        units);
            }
            for (String category : AUTUMN) {
                plan(c, county, departments.get(0), category, LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR, 10, 30),
                        units);
            }
        }
    }

    private static void plan(Connection c, String county, String department, String category, LocalDate from,
            LocalDate to, List<String> units) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement plan = c.prepareStatement("insert into plan (id, department_id, department_region, "
                + "year, title, kind, scope, category_code, target_count, window_start, window_end, on_site_days, "
                + "team_size, materials, status, findings, created_by, created_at, updated_at) values (?, ?, ?, ?, "
                + "?, 'INSPECTION', 'SPECIAL', ?, ?, ?, ?, 1, 2, '[]', 'APPROVED', '[]', 'statements-test', now(), "
                + "now())")) {
            plan.setObject(1, id);
            plan.setString(2, department);
            plan.setString(3, county);
            plan.setInt(4, YEAR);
            plan.setString(5, YEAR + "年" + category + "检查");
            plan.setString(6, category);
            plan.setInt(7, units.size());
            plan.setObject(8, from);
            plan.setObject(9, to);
            plan.executeUpdate();
        }
        try (PreparedStatement target = c.prepareStatement("insert into plan_target (plan_id, unit_code) "
                + "select ?, unnest(?)")) {
            target.setObject(1, id);
            target.setArray(2, c.createArrayOf("varchar", units.toArray()));
            target.executeUpdate();
        }
    }

    private static List<String> strings(Connection c, String sql, String arg) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, arg);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
