package io.grassroots.inspection.visit;

import static io.grassroots.inspection.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeResult;
import io.grassroots.inspection.merge.MergeSettings;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.Unplaced;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.inspection.merge.VisitDays;
import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A county's scheduling run writes exactly the engine's schedule: every visit with its days, team,
 * materials, route and plans as the engine computed them from the same plan-targets, one
 * visit.scheduled.v1 per visit carrying the same plans, and the run's figures. It guards the write path
 * (batched inserts, one batch of events) against losing, doubling or mixing up rows.
 */
@QuarkusTest
class ScheduleRunWritesTest {
    private static final String COUNTY = "450923";
    private static final String[][] LINES = { { "emergency", "WORK_SAFETY" }, { "fire", "FIRE" },
            { "market", "FOOD_DRUG" }, { "environment", "ENVIRONMENT" }, { "health", "HEALTH" },
            { "education", "EDUCATION" } };
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Db db;

    @Test
    void theStoredVisitsAndTheirEventsAreTheEngineSchedule() throws Exception {
        String coordinator = TestTokens.coordinator(COUNTY);
        List<String> townships = townships();
        Random random = new Random(923);
        for (int i = 0; i < 36; i++) {
            String[] line = LINES[i % LINES.length];
            List<String> picked = new ArrayList<>(townships);
            Collections.shuffle(picked, random);
            LocalDate start = LocalDate.of(2026, 4 + random.nextInt(3), 1 + random.nextInt(25));
            String dept = TestTokens.department(COUNTY + "-" + line[0], COUNTY);
            String id = as(dept).body(PlanJson.valid().with("category", line[1])
                    .with("targets", picked.subList(0, 6 + random.nextInt(picked.size() - 6)))
                    .with("title", "2026年" + line[0] + "检查" + i).with("windowStart", start.toString())
                    .with("windowEnd", start.plusDays(10 + random.nextInt(30)).toString())
                    .with("onSiteDays", random.nextInt(8) == 0 ? 2 : 1).with("teamSize", 1 + random.nextInt(5))
                    .body()).post("/api/plans").then().statusCode(201).extract().path("id");
            as(dept).post("/api/plans/" + id + "/submit").then().statusCode(200);
            List<String> review = as(coordinator).get("/api/plans/" + id).then().extract()
                    .path("findings.findAll { it.severity == 'REVIEW' }.rule");
            as(coordinator).body(Map.of("decision", "APPROVE", "reason", "同意", "acceptedFindings", review))
                    .post("/api/plans/" + id + "/decision").then().statusCode(200);
        }
        JsonPath summary = as(coordinator).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(200)
                .extract().jsonPath();

        MergeResult engine = engineSchedule();
        Map<Visit, String> routes = CountyEngines.itineraryIds(engine.itineraries());
        List<String> expected = new ArrayList<>(engine.visits().stream().map(v -> line(v.unitCode(), v.days()
                .toString(), v.family(), v.leadDepartment(),
                v.team().stream().map(t -> t.departmentId() + "×"
                        + t.size()).toList().toString(),
                v.materials().toString(), routes.get(v),
                v.members().stream().map(PlanTarget::planId).sorted().toList().toString())).toList());
        Collections.sort(expected);
        assertTrue(expected.size() > 100, "a county's year of visits: " + expected.size());
        assertEquals(expected, storedVisits(), "the stored visits are the engine's, field by field");
        assertEquals(0, db.count("select count(*) from visit where unit_code like ? and (version <> 0 or status <> "
                + "'PLANNED' or created_at <> updated_at or confirmed_at is not null)", COUNTY + "%"),
                "new visits are planned, at version 0, created when last updated");
        assertEquals(expected.size(), summary.getInt("visits"));
        assertEquals(engine.summary().planTargets() - engine.unplaced().size(), summary.getInt("placed"));
        assertEquals(engine.summary().lowerBound(), summary.getInt("lowerBound"));
        assertEquals(engine.summary().busiestUnitMonth(), summary.getInt("busiestUnitMonth"));
        assertEquals(engine.itineraries().size(), summary.getInt("itineraries"));
        assertEquals(engine.unplaced().size(), db.count("select count(*) from unplaced_target where unit_code like ?",
                COUNTY + "%"));
        assertEquals(expected.size(), db.count("select count(*) from outbox_event e join visit v on "
                + "cast(v.id as text) = e.subject where e.event_type = 'visit.scheduled.v1' and v.unit_code like ?",
                COUNTY + "%"), "one visit.scheduled.v1 per visit");
        assertEquals(List.of(), eventsDisagreeingWithTheirVisit(), "each event carries its visit's days and plans");
        ScheduleInvariants.check(db, COUNTY);
        assertEquals(List.of(), unplacedDisagreeingWithTheEngine(engine),
                "each unplaced plan-target keeps the engine's suggestion, naming the stored visit it would join");
    }

    /** Stored unplaced plan-targets whose suggestion is not the engine's, or names a visit it would not join. */
    private List<String> unplacedDisagreeingWithTheEngine(MergeResult engine) throws Exception {
        Map<String, Unplaced.Suggestion> expected = new HashMap<>();
        engine.unplaced().forEach(u -> expected.put(u.target().planId() + "@" + u.target().unitCode(), u.suggestion()));
        List<String> wrong = new ArrayList<>();
        int joining = 0;
        for (String[] row : rows("select cast(u.plan_id as text), u.unit_code, cast(u.suggested_date as text), "
                + "cast(u.suggested_visit as text), v.unit_code, cast(v.visit_date as text), (select "
                + "string_agg(cast(m.plan_id as text), ',') from visit_member m where m.visit_id = v.id) from "
                + "unplaced_target u left join visit v on v.id = u.suggested_visit where u.unit_code like '" + COUNTY
                + "%'",
                rs -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7) })) {
            Unplaced.Suggestion s = expected.get(row[0] + "@" + row[1]);
            boolean agrees;
            if (s == null) {
                agrees = row[2] == null && row[3] == null;
            } else if (s.joins() == null) {
                agrees = s.date().toString().equals(row[2]) && row[3] == null;
            } else {
                joining++;
                agrees = s.date().toString().equals(row[2]) && row[1].equals(row[4]) && row[2].equals(row[5])
                        && row[6] != null && List.of(row[6].split(",")).containsAll(s.joinsPlans());
            }
            if (!agrees) {
                wrong.add(String.join(" ", row) + " expected " + s);
            }
        }
        assertTrue(joining > 0, "the county's year leaves plan-targets that would join a visit");
        return wrong;
    }

    private List<String> townships() throws Exception {
        return rows("select code from unit where county_code = '" + COUNTY + "' and level = 'TOWNSHIP' order by code",
                rs -> rs.getString(1));
    }

    /** One value per row of a query on the service's database. */
    private <T> List<T> rows(String sql, Row<T> row) throws Exception {
        List<T> out = new ArrayList<>();
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }

    /** Reads one row. */
    private interface Row<T> {
        T read(ResultSet rs) throws Exception;
    }

    /** The engine over the county's approved plan-targets, read from the database, with the default caps. */
    private MergeResult engineSchedule() throws Exception {
        List<PlanTarget> targets = rows("select cast(p.id as "
                + "varchar), pt.unit_code, u.county_code, g.group_code, p.department_id, p.department_region, "
                + "p.window_start, p.window_end, p.on_site_days, p.team_size, cast(p.materials as text) from plan p "
                + "join plan_target pt on pt.plan_id = p.id join unit u on u.code = pt.unit_code join category g on "
                + "g.code = p.category_code where p.status in ('APPROVED', 'SCHEDULED') and p.year = 2026 and "
                + "pt.unit_code like '" + COUNTY + "%' order by pt.unit_code, p.id", rs -> {
                    int level = rs.getString(6).length() <= 2 ? 0 : rs.getString(6).length() <= 4 ? 1 : 2;
                    return new PlanTarget(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), level, rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                            rs.getInt(9), rs.getInt(10), strings(JSON.readTree(rs.getString(11))));
                });
        WorkingCalendar calendar = OfficialCalendarData.shipped();
        VisitDays days = VisitDays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), calendar::isVisitDay);
        return new MergeEngine(new MergeSettings(10, 6, 2, Map.of(), 5), days).schedule(targets, List.of());
    }

    private List<String> storedVisits() throws Exception {
        List<String> stored = new ArrayList<>(rows("select v.unit_code, "
                + "cast(v.days as text), v.family, v.lead_department, cast(v.team as text), cast(v.materials as text), "
                + "v.itinerary_id, (select string_agg(cast(m.plan_id as text), ', ' order by m.plan_id) "
                + "from visit_member m where m.visit_id = v.id) from visit v where v.unit_code like '" + COUNTY
                + "%'", rs -> {
                    List<String> team = new ArrayList<>();
                    JSON.readTree(rs.getString(5)).forEach(t -> team.add(t.get("departmentId").asText() + "×"
                            + t.get("size").asInt()));
                    return line(rs.getString(1), strings(JSON.readTree(rs.getString(2))).toString(), rs.getString(3),
                            rs.getString(4), team.toString(), strings(JSON.readTree(rs.getString(6))).toString(),
                            rs.getString(7), "[" + rs.getString(8) + "]");
                }));
        Collections.sort(stored);
        return stored;
    }

    /** Events of the county's visits whose days or plans are not the stored visit's. */
    private List<String> eventsDisagreeingWithTheirVisit() throws Exception {
        List<String> wrong = new ArrayList<>(rows("select e.payload, "
                + "cast(v.days as text), (select string_agg(cast(m.plan_id as text), ',' order by m.plan_id) "
                + "from visit_member m where m.visit_id = v.id) from outbox_event e join visit v on "
                + "cast(v.id as text) = e.subject where e.event_type = 'visit.scheduled.v1' and v.unit_code like '"
                + COUNTY + "%'", rs -> {
                    JsonNode visit = JSON.readTree(rs.getString(1)).get("visit");
                    List<String> plans = new ArrayList<>();
                    visit.get("plans").forEach(p -> plans.add(p.get("planId").asText()));
                    boolean agrees = strings(visit.get("days")).equals(strings(JSON.readTree(rs.getString(2))))
                            && String.join(",", plans).equals(rs.getString(3));
                    return agrees ? null : visit.get("visitId").asText();
                }));
        wrong.removeIf(id -> id == null);
        return wrong;
    }

    private static String line(String unit, String days, String family, String lead, String team, String materials,
            String route, String plans) {
        return String.join(" | ", unit, days, family, lead, team, materials, String.valueOf(route), plans);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
