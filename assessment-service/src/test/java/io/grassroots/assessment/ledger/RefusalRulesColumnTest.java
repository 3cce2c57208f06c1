package io.grassroots.assessment.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.support.Events;
import io.grassroots.events.plan.PlanSubmissionRefusedV1;
import io.grassroots.events.plan.RuleFindingV1;
import io.grassroots.infra.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A refusal's rules are a text[] column: old comma-joined rows survive the migration, new ones round-trip. */
@QuarkusTest
class RefusalRulesColumnTest {

    @Test
    void theMigrationKeepsOldRowsAndARefusalsRulesRoundTrip() throws Exception {
        PostgresServer postgres = PostgresServer.fromEnvironment();
        String name = "assessment_rules_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.ensureDatabase(name);
        try {
            String url = postgres.jdbcUrl(name);
            Flyway.configure().dataSource(url, postgres.user(), postgres.password())
                    .locations("classpath:db/migration").target("3").load().migrate();
            try (Connection c = DriverManager.getConnection(url, postgres.user(), postgres.password())) {
                Jdbc.update(c, "insert into refusal_fact (event_id, plan_id, department_id, year, rules, attempted_at) "
                        + "values ('old-1', 'p1', '45-fire', 2026, 'CALENDAR,NOTICE', now()), "
                        + "('old-2', 'p2', '45-fire', 2026, '', now())");
            }
            Flyway.configure().dataSource(url, postgres.user(), postgres.password())
                    .locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, postgres.user(), postgres.password())) {
                assertArrayEquals(new String[] { "CALENDAR", "NOTICE" }, rules(c, "old-1"));
                assertArrayEquals(new String[0], rules(c, "old-2"));

                var notice = new RuleFindingV1("NOTICE", "BLOCK", "windowStart", "too short a notice");
                var quota = new RuleFindingV1("ANNUAL_QUOTA", "BLOCK", null, "over the quota");
                PlanFacts.refused(c, "new-1", new PlanSubmissionRefusedV1(Events.plan("p3", "45-fire", 2026,
                        List.of("450183100")), List.of(quota, notice, notice), "fire", Instant.now()));
                assertArrayEquals(new String[] { "ANNUAL_QUOTA", "NOTICE" }, rules(c, "new-1"));
                assertEquals(List.of(2, 1), Jdbc.query(c, "select count(*) filter (where ? = any(rules)) as notice, "
                        + "count(*) filter (where ? = any(rules)) as calendar from refusal_fact",
                        rs -> List.of(rs.getInt("notice"), rs.getInt("calendar")), RefusalRule.NOTICE.name(),
                        RefusalRule.CALENDAR.name()).get(0));
            }
        } finally {
            postgres.dropDatabase(name);
        }
    }

    private static String[] rules(Connection c, String eventId) throws Exception {
        return Jdbc.query(c, "select rules from refusal_fact where event_id = ?",
                rs -> (String[]) rs.getArray("rules").getArray(), eventId).get(0);
    }
}
