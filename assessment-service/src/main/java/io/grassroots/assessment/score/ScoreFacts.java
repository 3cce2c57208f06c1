package io.grassroots.assessment.score;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.events.data.DataReportedV1;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.platform.sql.SqlArrays;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/** The inputs of scores: the latest version of each shared value, and each inspection result's rating. */
public final class ScoreFacts {
    private ScoreFacts() {
    }

    // A higher version always wins, so an older correction arriving late changes nothing.
    private static final String VALUE = "insert into unit_value (unit_code, indicator, period, value, version, "
            + "source, reported_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (unit_code, indicator, period) do "
            + "update set value = excluded.value, version = excluded.version, source = excluded.source, "
            + "reported_at = excluded.reported_at where unit_value.version < excluded.version";

    public static void value(Connection c, DataReportedV1 v) throws SQLException {
        Jdbc.update(c, VALUE, v.unitCode(), v.indicator(), v.period(), v.value(), v.version(), v.source(),
                v.reportedAt());
    }

    /**
     * A batch's values in one JDBC batch, in key order so that two transactions lock shared rows in one
     * order; the version guard makes the outcome independent of that order.
     */
    public static void values(Connection c, List<DataReportedV1> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
        List<DataReportedV1> sorted = values.stream().sorted(Comparator.comparing(DataReportedV1::unitCode, text)
                .thenComparing(DataReportedV1::indicator, text).thenComparing(DataReportedV1::period, text)
                .thenComparingInt(DataReportedV1::version)).toList();
        Jdbc.batch(c, VALUE, sorted, (p, v) -> p.text(v.unitCode()).text(v.indicator()).text(v.period()).decimal(v
                .value()).integer(v.version()).text(v.source()).instant(v.reportedAt()));
    }

    /** A batch's results in one statement; a result delivered twice, in the batch or before, is kept once. */
    public static void results(Connection c, List<ResultPublishedV1> results) throws SQLException {
        if (results.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into result_fact (result_id, visit_id, plan_id, "
                + "unit_code, department_id, category_code, visit_date, rating) select r.result_id, r.visit_id, "
                + "r.plan_id, r.unit_code, r.department_id, r.category_code, r.visit_date::date, r.rating from "
                + "unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[]) "
                + "r(result_id, visit_id, plan_id, unit_code, department_id, category_code, visit_date, rating) "
                + "on conflict (result_id) do nothing")) {
            SqlArrays.texts(insert, 1, results, ResultPublishedV1::resultId);
            SqlArrays.texts(insert, 2, results, ResultPublishedV1::visitId);
            SqlArrays.texts(insert, 3, results, ResultPublishedV1::planId);
            SqlArrays.texts(insert, 4, results, ResultPublishedV1::unitCode);
            SqlArrays.texts(insert, 5, results, ResultPublishedV1::departmentId);
            SqlArrays.texts(insert, 6, results, ResultPublishedV1::categoryCode);
            SqlArrays.texts(insert, 7, results, r -> r.visitDate() == null ? null : r.visitDate().toString());
            SqlArrays.ints(insert, 8, results, ResultPublishedV1::rating);
            insert.executeUpdate();
        }
    }

    public static void result(Connection c, ResultPublishedV1 r) throws SQLException {
        Jdbc.update(c, "insert into result_fact (result_id, visit_id, plan_id, unit_code, department_id, "
                + "category_code, visit_date, rating) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (result_id) do nothing",
                r.resultId(), r.visitId(), r.planId(), r.unitCode(), r.departmentId(), r.categoryCode(),
                r.visitDate(), r.rating());
    }
}
