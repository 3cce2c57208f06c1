package io.grassroots.assessment.ledger;

import io.grassroots.assessment.directory.DepartmentQuery;
import io.grassroots.assessment.directory.DepartmentQuery.DepartmentRow;
import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.ledger.arithmetic.DepartmentTally;
import io.grassroots.assessment.ledger.arithmetic.UnitMonth;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Tallies the ledger from the facts: per department and year, and per unit and month. */
public final class LedgerQuery {
    private static final String DEPARTMENTS = """
            with p as (
                select department_id, count(*) plans, sum(targets) targets,
                       count(*) filter (where status = ?) approved,
                       coalesce(sum(targets) filter (where status = ?), 0) targets_approved,
                       count(*) filter (where status = ?) rejected,
                       count(*) filter (where status = ?) cancelled
                from plan_fact where year = ? group by department_id),
            q as (
                select distinct on (department_id) department_id, quota_baseline, quota_limit from plan_fact
                where year = ? and quota_baseline is not null
                order by department_id, submitted_at desc nulls last, plan_id),
            n as (select visit_id, count(*) parts from visit_part group by visit_id),
            v as (
                select vp.department_id, count(*) visited, count(*) filter (where n.parts > 1) merged,
                       sum(f.days::numeric / n.parts) day_share
                from visit_part vp join visit_fact f on f.visit_id = vp.visit_id and not f.cancelled and f.year = ?
                join n on n.visit_id = vp.visit_id group by vp.department_id),
            r as (
                select department_id, count(*) requests, sum(fields_requested) requested, sum(answered_shared) shared,
                       sum(asked_of_units) asked, sum(coalesced) coalesced, sum(minutes_saved) saved
                from request_fact where year = ? group by department_id),
            t as (select department_id, count(*) tasks, sum(minutes) minutes from task_fact where year = ?
                  group by department_id),
            x as (
                select department_id, count(*) refused,
                       count(*) filter (where ? = any(rules)) notice,
                       count(*) filter (where ? = any(rules)) calendar
                from refusal_fact where year = ? group by department_id),
            ids as (select department_id from p union select department_id from v union select department_id from r
                    union select department_id from t union select department_id from x)
            select ids.department_id,
                   coalesce(p.plans, 0) plans, coalesce(p.targets, 0) targets, coalesce(p.approved, 0) approved,
                   coalesce(p.targets_approved, 0) targets_approved, coalesce(p.rejected, 0) rejected,
                   coalesce(p.cancelled, 0) cancelled, q.quota_baseline, q.quota_limit,
                   coalesce(v.visited, 0) visited, coalesce(v.merged, 0) merged, coalesce(v.day_share, 0) day_share,
                   coalesce(r.requests, 0) requests, coalesce(r.requested, 0) requested,
                   coalesce(r.shared, 0) shared, coalesce(r.asked, 0) asked, coalesce(r.coalesced, 0) coalesced,
                   coalesce(r.saved, 0) saved, coalesce(t.tasks, 0) tasks, coalesce(t.minutes, 0) minutes,
                   coalesce(x.refused, 0) refused, coalesce(x.notice, 0) notice, coalesce(x.calendar, 0) calendar
            from ids
            left join p on p.department_id = ids.department_id
            left join q on q.department_id = ids.department_id
            left join v on v.department_id = ids.department_id
            left join r on r.department_id = ids.department_id
            left join t on t.department_id = ids.department_id
            left join x on x.department_id = ids.department_id
            order by ids.department_id
            """;

    private LedgerQuery() {
    }

    /**
     * Every department with something on the ledger in the year, within a region ("" for all); its
     * feedback is what units gave the visits it took part in and the requests it filed.
     */
    public static List<DepartmentTally> departments(Connection c, int year, String region, Ratings ratings)
            throws SQLException {
        Map<String, Ratings.Tally> feedback = feedback(c, year, ratings);
        List<DepartmentTally> counts = Jdbc.query(c, DEPARTMENTS, rs -> tally(rs, year,
                feedback.getOrDefault(rs.getString("department_id"), Ratings.Tally.NONE)), PlanStage.APPROVED.name(),
                PlanStage.APPROVED.name(), PlanStage.REJECTED.name(), PlanStage.CANCELLED.name(), year, year, year,
                year, year, RefusalRule.NOTICE.name(), RefusalRule.CALENDAR.name(), year);
        // The directory owns the department table: names and regions come from its query, by id.
        Map<String, DepartmentRow> departments = DepartmentQuery.byId(c,
                counts.stream().map(DepartmentTally::departmentId).toList());
        boolean all = DepartmentRow.allRegions(region);
        List<DepartmentTally> named = new ArrayList<>();
        for (DepartmentTally tally : counts) {
            DepartmentRow d = departments.get(tally.departmentId());
            if (d != null && d.within(region)) {
                named.add(tally.named(d.name(), d.level(), d.regionCode()));
            } else if (d == null && all) {
                // Facts can arrive before the directory announces the department: listed, unnamed.
                named.add(tally);
            }
        }
        return named;
    }

    /** The ratings of each department's rated items of the year: its visits (once each) and its requests. */
    private static Map<String, Ratings.Tally> feedback(Connection c, int year, Ratings ratings) throws SQLException {
        List<RatedItem> visits = Jdbc.query(c, "select distinct vp.visit_id as item_id, vp.department_id "
                + "from visit_part vp join visit_fact f on f.visit_id = vp.visit_id where f.year = ?", RatedItem::of,
                year);
        List<RatedItem> requests = Jdbc.query(c, "select request_id as item_id, department_id from request_fact "
                + "where year = ?", RatedItem::of, year);
        Map<String, Ratings.Tally> byDepartment = new HashMap<>();
        add(byDepartment, visits, ratings.of(c, RatedKind.VISIT, itemIds(visits)));
        add(byDepartment, requests, ratings.of(c, RatedKind.REQUEST, itemIds(requests)));
        return byDepartment;
    }

    private static Set<String> itemIds(List<RatedItem> items) {
        return items.stream().map(RatedItem::itemId).collect(Collectors.toSet());
    }

    private static void add(Map<String, Ratings.Tally> byDepartment, List<RatedItem> items,
            Map<String, Ratings.Tally> rated) {
        for (RatedItem item : items) {
            Ratings.Tally tally = rated.get(item.itemId());
            if (tally != null) {
                byDepartment.merge(item.departmentId(), tally, Ratings.Tally::plus);
            }
        }
    }

    /** An item a department answers for: a visit it took part in, or a request it filed. */
    private record RatedItem(String itemId, String departmentId) {
        static RatedItem of(ResultSet rs) throws SQLException {
            return new RatedItem(rs.getString("item_id"), rs.getString("department_id"));
        }
    }

    private static DepartmentTally tally(ResultSet rs, int year, Ratings.Tally feedback) throws SQLException {
        return new DepartmentTally(rs.getString("department_id"), null, null, null, year, rs.getInt("plans"),
                rs.getInt("targets"), rs.getInt("approved"), rs.getInt("targets_approved"), rs.getInt("rejected"),
                rs.getInt("cancelled"), rs.getObject("quota_baseline", Integer.class),
                rs.getObject("quota_limit", Integer.class), rs.getInt("visited"), rs.getInt("merged"),
                rs.getDouble("day_share"), rs.getInt("requests"), rs.getInt("requested"), rs.getInt("shared"),
                rs.getInt("asked"), rs.getInt("coalesced"), rs.getInt("saved"), rs.getInt("tasks"),
                rs.getInt("minutes"), rs.getInt("refused"), rs.getInt("notice"), rs.getInt("calendar"),
                feedback.ratings(), feedback.total());
    }

    /** A unit's burden in each month of the year: visits received and data tasks received. */
    public static List<UnitMonth> unitMonths(Connection c, String unit, int year, double hoursPerVisitDay)
            throws SQLException {
        int[] visits = new int[13];
        int[] visitDays = new int[13];
        int[] tasks = new int[13];
        int[] fields = new int[13];
        int[] minutes = new int[13];
        Jdbc.query(c, "select extract(month from first_day)::int as month, count(*) as visits, sum(days) as days "
                + "from visit_fact where unit_code = ? and year = ? and not cancelled and first_day is not null "
                + "group by 1", rs -> {
                    visits[rs.getInt("month")] = rs.getInt("visits");
                    visitDays[rs.getInt("month")] = rs.getInt("days");
                    return null;
                }, unit, year);
        Jdbc.query(c, "select month, count(*) as tasks, sum(fields) as fields, sum(minutes) as minutes from task_fact "
                + "where unit_code = ? and year = ? group by month", rs -> {
                    tasks[rs.getInt("month")] = rs.getInt("tasks");
                    fields[rs.getInt("month")] = rs.getInt("fields");
                    minutes[rs.getInt("month")] = rs.getInt("minutes");
                    return null;
                }, unit, year);
        List<UnitMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(UnitMonth.of(m, visits[m], visitDays[m], tasks[m], fields[m], minutes[m], hoursPerVisitDay));
        }
        return months;
    }
}
