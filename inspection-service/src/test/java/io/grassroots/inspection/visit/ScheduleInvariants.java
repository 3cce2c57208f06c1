package io.grassroots.inspection.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.support.Db;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

/** The rules a stored schedule keeps, checked in the database and recomputed from the plans, not the engine's code. */
final class ScheduleInvariants {
    private ScheduleInvariants() {
    }

    /**
     * Every approved plan-target of the county in one visit or on the unplaced list (saying why); only live plans
     * visited or listed; statuses following visits; the monthly cap, windows, team and department caps, one merge
     * family per visit and working days.
     */
    static void check(Db db, String county) throws Exception {
        String scope = "'" + county + "%'";
        assertEquals(0, db.count("select count(*) from (select 1 from plan p join plan_target pt on pt.plan_id = p.id "
                + "where p.status in ('APPROVED', 'SCHEDULED') and pt.unit_code like " + scope + " and "
                + "(select count(*) from visit_member m where m.plan_id = p.id and m.unit_code = pt.unit_code) "
                + "+ (select count(*) from unplaced_target u where u.plan_id = p.id and u.unit_code = pt.unit_code) "
                + "<> 1) x"), "every approved plan-target is in exactly one visit or on the unplaced list");
        assertEquals(0, db.count("select count(*) from unplaced_target u where u.unit_code like " + scope
                + " and (u.reason = '' or u.detail = '')"), "every unplaced plan-target says why");
        assertEquals(0, db.count("select count(*) from visit_member m join plan p on p.id = m.plan_id "
                + "where p.status not in ('APPROVED', 'SCHEDULED', 'COMPLETED')"), "only approved plans are visited");
        String ours = " and p.department_id like '" + county + "-%'";
        assertEquals(0, db.count("select count(*) from plan p where p.status = 'SCHEDULED' and not exists "
                + "(select 1 from visit_member m where m.plan_id = p.id)" + ours), "a SCHEDULED plan has a visit");
        assertEquals(0, db.count("select count(*) from plan p where p.status = 'APPROVED' and exists "
                + "(select 1 from visit_member m where m.plan_id = p.id)" + ours), "a plan with a visit is SCHEDULED");
        assertEquals(0, db.count("select count(*) from unplaced_target u join plan p on p.id = u.plan_id "
                + "where p.status not in ('APPROVED', 'SCHEDULED')"), "only live plans are on the unplaced list");
        assertEquals(0, db.count("select count(*) from (select 1 from visit where unit_code like " + scope
                + " group by unit_code, date_trunc('month', visit_date) having count(*) > 2) x"),
                "no unit gets more than 2 visits in a month");
        assertEquals(0, db.count("select count(*) from visit v join visit_member m on m.visit_id = v.id "
                + "join plan p on p.id = m.plan_id where v.visit_date < p.window_start "
                + "or jsonb_array_length(v.days::jsonb) < p.on_site_days "
                + "or (v.days::jsonb ->> (p.on_site_days - 1))::date > p.window_end"), "visits lie in every window");
        assertEquals(0, db.count("select count(*) from (select m.visit_id from (select m.visit_id, p.department_id, "
                + "max(p.team_size) team from visit_member m join plan p on p.id = m.plan_id "
                + "group by m.visit_id, p.department_id) m group by m.visit_id "
                + "having sum(m.team) > 10 or count(*) > 6) x"), "joint teams within 10 people and 6 departments");
        assertEquals(0, db.count("select count(*) from visit v where (select count(distinct c.group_code) from "
                + "visit_member m join plan p on p.id = m.plan_id join category c on c.code = p.category_code "
                + "where m.visit_id = v.id) <> 1 or exists (select 1 from visit_member m join plan p on "
                + "p.id = m.plan_id join category c on c.code = p.category_code where m.visit_id = v.id "
                + "and c.group_code <> v.family)"), "one merge family per visit");
        WorkingCalendar calendar = OfficialCalendarData.shipped();
        try (var c = db.connection();
                Statement s = c.createStatement();
                ResultSet days = s.executeQuery("select d from visit v, jsonb_array_elements_text(v.days::jsonb) d "
                        + "where v.unit_code like " + scope)) {
            while (days.next()) {
                LocalDate day = LocalDate.parse(days.getString(1));
                assertTrue(calendar.isWorkingDay(day), day + " is a working day");
            }
        }
    }
}
