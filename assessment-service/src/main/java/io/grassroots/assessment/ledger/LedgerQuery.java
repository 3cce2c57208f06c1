package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.ledger.arithmetic.DepartmentTally;
import io.grassroots.assessment.ledger.arithmetic.UnitMonth;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Tallies the ledger from the facts: per department and year, and per unit and month. */
public final class LedgerQuery {
    private static final String DEPARTMENTS = """
            with p as (
                select department_id, count(*) plans, sum(targets) targets,
                       count(*) filter (where status = 'APPROVED') approved,
                       coalesce(sum(targets) filter (where status = 'APPROVED'), 0) targets_approved,
                       count(*) filter (where status = 'REJECTED') rejected,
                       count(*) filter (where status = 'CANCELLED') cancelled
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
                       count(*) filter (where ',' || rules || ',' like '%,NOTICE,%') notice,
                       count(*) filter (where ',' || rules || ',' like '%,CALENDAR,%') calendar
                from refusal_fact where year = ? group by department_id),
            items as (
                select distinct 'VISIT' item_type, vp.visit_id item_id, vp.department_id
                from visit_part vp join visit_fact f on f.visit_id = vp.visit_id where f.year = ?
                union all
                select 'REQUEST', request_id, department_id from request_fact where year = ?),
            fb as (
                select items.department_id, count(*) ratings, sum(feedback.rating) total from feedback
                join items on items.item_type = feedback.item_type and items.item_id = feedback.item_id
                group by items.department_id),
            ids as (select department_id from p union select department_id from v union select department_id from r
                    union select department_id from t union select department_id from x)
            select ids.department_id, d.name, d.level, d.region_code,
                   coalesce(p.plans, 0), coalesce(p.targets, 0), coalesce(p.approved, 0),
                   coalesce(p.targets_approved, 0), coalesce(p.rejected, 0), coalesce(p.cancelled, 0),
                   q.quota_baseline, q.quota_limit, coalesce(v.visited, 0), coalesce(v.merged, 0),
                   coalesce(v.day_share, 0), coalesce(r.requests, 0), coalesce(r.requested, 0), coalesce(r.shared, 0),
                   coalesce(r.asked, 0), coalesce(r.coalesced, 0), coalesce(r.saved, 0), coalesce(t.tasks, 0),
                   coalesce(t.minutes, 0), coalesce(x.refused, 0), coalesce(x.notice, 0), coalesce(x.calendar, 0),
                   coalesce(fb.ratings, 0), coalesce(fb.total, 0)
            from ids
            left join department d on d.id = ids.department_id
            left join p on p.department_id = ids.department_id
            left join q on q.department_id = ids.department_id
            left join v on v.department_id = ids.department_id
            left join r on r.department_id = ids.department_id
            left join t on t.department_id = ids.department_id
            left join x on x.department_id = ids.department_id
            left join fb on fb.department_id = ids.department_id
            where ? = '' or d.region_code like ? || '%'
            order by ids.department_id
            """;

    private LedgerQuery() {
    }

    /** Every department with something on the ledger in the year, within a region ("" for all). */
    public static List<DepartmentTally> departments(Connection c, int year, String region) throws SQLException {
        String within = region == null ? "" : region;
        return Jdbc.query(c, DEPARTMENTS, rs -> tally(rs, year), year, year, year, year, year, year, year, year,
                within, within);
    }

    private static DepartmentTally tally(ResultSet rs, int year) throws SQLException {
        int i = 1;
        return new DepartmentTally(rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++), year,
                rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++),
                (Integer) rs.getObject(i++), (Integer) rs.getObject(i++), rs.getInt(i++), rs.getInt(i++),
                rs.getDouble(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i++), rs.getInt(i++));
    }

    /** A unit's burden in each month of the year: visits received and data tasks received. */
    public static List<UnitMonth> unitMonths(Connection c, String unit, int year, double hoursPerVisitDay)
            throws SQLException {
        int[] visits = new int[13];
        int[] visitDays = new int[13];
        int[] tasks = new int[13];
        int[] fields = new int[13];
        int[] minutes = new int[13];
        Jdbc.query(c, "select extract(month from first_day)::int, count(*), sum(days) from visit_fact "
                + "where unit_code = ? and year = ? and not cancelled and first_day is not null group by 1", rs -> {
                    visits[rs.getInt(1)] = rs.getInt(2);
                    visitDays[rs.getInt(1)] = rs.getInt(3);
                    return null;
                }, unit, year);
        Jdbc.query(c, "select month, count(*), sum(fields), sum(minutes) from task_fact where unit_code = ? "
                + "and year = ? group by month", rs -> {
                    tasks[rs.getInt(1)] = rs.getInt(2);
                    fields[rs.getInt(1)] = rs.getInt(3);
                    minutes[rs.getInt(1)] = rs.getInt(4);
                    return null;
                }, unit, year);
        List<UnitMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(UnitMonth.of(m, visits[m], visitDays[m], tasks[m], fields[m], minutes[m], hoursPerVisitDay));
        }
        return months;
    }
}
