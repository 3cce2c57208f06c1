package io.grassroots.assessment.score;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.score.arithmetic.ScoreCard;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The inputs of score cards as the facts hold them: mean inspection ratings and the latest shared values. */
final class ScoreQuery {
    /** Which units a query reads: one unit, or every unit whose code starts with the region's code. */
    enum Scope {
        UNIT("unit_code = ?"), REGION("unit_code like ? || '%'");

        private final String filter;

        Scope(String filter) {
            this.filter = filter;
        }
    }

    private ScoreQuery() {
    }

    /** Each unit's mean rating over the year's inspection results, by unit code. */
    static Map<String, ScoreCard.Input> ratings(Connection c, Scope scope, String code, int year) throws SQLException {
        Map<String, ScoreCard.Input> ratings = new HashMap<>();
        Jdbc.query(c, "select unit_code, avg(rating) as rating, count(*) as results from result_fact where "
                + scope.filter
                + " and extract(year from visit_date) = ? group by unit_code",
                rs -> ratings.put(rs.getString("unit_code"), new ScoreCard.Input(rs.getBigDecimal("rating").setScale(2,
                        RoundingMode.HALF_UP), "mean rating of " + rs.getInt("results") + " inspection result(s)")),
                code, year);
        return ratings;
    }

    /**
     * Each unit's value of each catalog indicator for the year, by unit code and indicator: the annual
     * value if there is one, else the latest period inside the year.
     */
    static Map<String, Map<String, ScoreCard.Input>> values(Connection c, Scope scope, String code, int year,
            String[] dataIndicators) throws SQLException {
        String y = String.valueOf(year);
        Map<String, Map<String, ScoreCard.Input>> values = new HashMap<>();
        Jdbc.query(c, "select distinct on (unit_code, indicator) unit_code, indicator, value, period, source, "
                + "version from unit_value where " + scope.filter + " and indicator = any(?) "
                + "and (period = ? or period like ? || '-%') "
                + "order by unit_code, indicator, (period = ?) desc, period desc",
                rs -> values.computeIfAbsent(rs.getString("unit_code"), u -> new HashMap<>()).put(
                        rs.getString("indicator"), new ScoreCard.Input(rs.getBigDecimal("value"),
                                rs.getString("indicator") + " " + rs.getString("period") + " ("
                                        + rs.getString("source") + ", version " + rs.getInt("version") + ")")),
                code, c.createArrayOf("text", dataIndicators), y, y, y);
        return values;
    }
}
