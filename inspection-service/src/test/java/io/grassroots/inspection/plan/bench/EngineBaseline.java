package io.grassroots.inspection.plan.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeResult;
import io.grassroots.inspection.merge.MergeSettings;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.VisitDays;
import io.grassroots.inspection.rules.RuleParameters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The least a province's scheduling run must do, measured in the benchmark's JVM on the run's own
 * plan-targets: read them from the service's database with plain JDBC (one query, as records), and run
 * the merge engine over them county by county with the service's default caps and calendar, first in a
 * cold JVM (as the service's first run is) and then warm. What the service adds beyond this is writing
 * the visits, their members, their events and the plans' statuses.
 */
final class EngineBaseline {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String SELECT = "select cast(p.id as varchar), pt.unit_code, u.county_code, c.group_code, "
            + "p.department_id, p.department_region, p.window_start, p.window_end, p.on_site_days, p.team_size, "
            + "cast(p.materials as text) from plan p join plan_target pt on pt.plan_id = p.id "
            + "join unit u on u.code = pt.unit_code join category c on c.code = p.category_code "
            + "where p.year = ? and p.status in ('APPROVED', 'SCHEDULED') and pt.unit_code like ? "
            + "order by pt.unit_code, p.id";

    /** Seconds of each step, and the schedule's figures as the service's summary names them. */
    record Figures(double readSeconds, double coldSeconds, double warmSeconds, int planTargets, int placed,
            int visits, int lowerBound, int busiestUnitMonth, int itineraries) {

        double floorSeconds() {
            return readSeconds + coldSeconds;
        }

        double warmFloorSeconds() {
            return readSeconds + warmSeconds;
        }

        String describe() {
            return String.format(Locale.ROOT, "read %d plan-targets by plain JDBC %.2f s; merge engine alone %.2f s "
                    + "cold, %.2f s warm (best of 3); placed %d, visits %d, lowerBound %d, busiestUnitMonth %d, "
                    + "itineraries %d", planTargets, readSeconds, coldSeconds, warmSeconds, placed, visits, lowerBound,
                    busiestUnitMonth, itineraries);
        }
    }

    private EngineBaseline() {
    }

    static Figures measure(Connection c, String region, int year) throws Exception {
        long t0 = System.nanoTime();
        List<PlanTarget> targets = read(c, region, year);
        double read = (System.nanoTime() - t0) / 1e9;
        Map<String, List<PlanTarget>> byCounty = new TreeMap<>();
        targets.forEach(t -> byCounty.computeIfAbsent(t.countyCode(), k -> new ArrayList<>()).add(t));
        WorkingCalendar calendar = OfficialCalendarData.shipped();
        MergeSettings settings = new MergeSettings(10, 6, RuleParameters.DEFAULTS.unitMonthlyCap(), Map.of(), 5);
        long t1 = System.nanoTime();
        int[] figures = schedule(byCounty, calendar, settings, year);
        double cold = (System.nanoTime() - t1) / 1e9;
        double warm = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t2 = System.nanoTime();
            schedule(byCounty, calendar, settings, year);
            warm = Math.min(warm, (System.nanoTime() - t2) / 1e9);
        }
        return new Figures(read, cold, warm, targets.size(), figures[0], figures[1], figures[2], figures[3],
                figures[4]);
    }

    /** As the service runs it: one engine per county (its calendar and cap), the counties on every core. */
    private static int[] schedule(Map<String, List<PlanTarget>> byCounty, WorkingCalendar calendar,
            MergeSettings settings, int year) {
        int placed = 0;
        int visits = 0;
        int lowerBound = 0;
        int busiest = 0;
        int routes = 0;
        List<MergeResult> results = byCounty.values().parallelStream().map(county -> new MergeEngine(settings,
                VisitDays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), calendar::isVisitDay))
                .schedule(county, List.of())).toList();
        for (MergeResult r : results) {
            placed += r.summary().planTargets() - r.unplaced().size();
            visits += r.visits().size();
            lowerBound += r.summary().lowerBound();
            busiest = Math.max(busiest, r.summary().busiestUnitMonth());
            routes += r.itineraries().size();
        }
        return new int[] { placed, visits, lowerBound, busiest, routes };
    }

    private static List<PlanTarget> read(Connection c, String region, int year) throws SQLException {
        ObjectMapper json = new ObjectMapper();
        List<PlanTarget> targets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setInt(1, year);
            ps.setString(2, region + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String departmentRegion = rs.getString(6);
                    targets.add(new PlanTarget(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5),
                            departmentRegion.length() <= 2 ? 0 : departmentRegion.length() <= 4 ? 1 : 2,
                            rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getInt(9),
                            rs.getInt(10), json.readValue(rs.getString(11), STRINGS)));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a plan's materials are not a JSON list", e);
        }
        return targets;
    }
}
