package io.grassroots.assessment.score;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.events.data.DataReportedV1;
import io.grassroots.events.result.ResultPublishedV1;
import java.sql.Connection;
import java.sql.SQLException;

/** The inputs of scores: the latest version of each shared value, and each inspection result's rating. */
public final class ScoreFacts {
    private ScoreFacts() {
    }

    public static void value(Connection c, DataReportedV1 v) throws SQLException {
        // A higher version always wins, so an older correction arriving late changes nothing.
        Jdbc.update(c, "insert into unit_value (unit_code, indicator, period, value, version, source, reported_at) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (unit_code, indicator, period) do update set "
                + "value = excluded.value, version = excluded.version, source = excluded.source, "
                + "reported_at = excluded.reported_at where unit_value.version < excluded.version",
                v.unitCode(), v.indicator(), v.period(), v.value(), v.version(), v.source(), v.reportedAt());
    }

    public static void result(Connection c, ResultPublishedV1 r) throws SQLException {
        Jdbc.update(c, "insert into result_fact (result_id, visit_id, plan_id, unit_code, department_id, "
                + "category_code, visit_date, rating) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (result_id) do nothing",
                r.resultId(), r.visitId(), r.planId(), r.unitCode(), r.departmentId(), r.categoryCode(),
                r.visitDate(), r.rating());
    }
}
