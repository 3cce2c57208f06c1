package io.grassroots.assessment.score;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.assessment.register.AssessmentIndicator;
import io.grassroots.assessment.register.RegisterService;
import io.grassroots.assessment.score.arithmetic.ScoreCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scores a unit for a year against the registered indicators, from shared data and inspection ratings. */
@ApplicationScoped
public class ScoreService {
    @Inject
    Sql sql;
    @Inject
    RegisterService register;

    /** The unit's card, with every input shown, and what its coordinating office last published. */
    public record UnitScore(String unitCode, int year, BigDecimal total, List<ScoreCard.Line> lines,
            Published published) {
    }

    /** A published total: it stays as published until the office publishes again. */
    public record Published(BigDecimal total, String by, java.time.Instant at) {
    }

    @Transactional
    public UnitScore score(String unit, int year) {
        List<AssessmentIndicator> registered = register.indicators();
        Map<String, ScoreCard.Input> inputs = inputs(registered, "unit_code = ?", unit, year)
                .getOrDefault(unit, Map.of());
        ScoreCard.Card card = ScoreCard.compute(definitions(registered), inputs);
        Published published = sql.run(c -> Jdbc.query(c, "select total, published_by, published_at from "
                + "score_published where unit_code = ? and year = ?", rs -> new Published(rs.getBigDecimal(1),
                        rs.getString(2), rs.getTimestamp(3).toInstant()), unit, year)).stream().findFirst().orElse(null);
        return new UnitScore(unit, year, card.total(), card.lines(), published);
    }

    /** The cards of every unit of a region that has some input in the year, by unit code. */
    @Transactional
    public Map<String, ScoreCard.Card> region(String region, int year) {
        List<AssessmentIndicator> registered = register.indicators();
        List<ScoreCard.Definition> definitions = definitions(registered);
        Map<String, ScoreCard.Card> cards = new TreeMap<>();
        inputs(registered, "unit_code like ? || '%'", region, year)
                .forEach((unit, inputs) -> cards.put(unit, ScoreCard.compute(definitions, inputs)));
        return cards;
    }

    private static List<ScoreCard.Definition> definitions(List<AssessmentIndicator> registered) {
        return registered.stream().map(i -> new ScoreCard.Definition(i.code, i.name, i.source, i.dataIndicator,
                i.direction, i.target, i.weight)).toList();
    }

    /**
     * The inputs of each unit the filter selects, in two queries however many units: the mean rating
     * of the year's inspection results serves every INSPECTION_RESULT indicator; a SHARED_DATA
     * indicator takes the annual value if there is one, else the latest period inside the year.
     */
    private Map<String, Map<String, ScoreCard.Input>> inputs(List<AssessmentIndicator> registered, String unitFilter,
            String unitArgument, int year) {
        String y = String.valueOf(year);
        String[] dataIndicators = registered.stream().filter(i -> "SHARED_DATA".equals(i.source))
                .map(i -> i.dataIndicator).distinct().toArray(String[]::new);
        Map<String, ScoreCard.Input> ratings = new HashMap<>();
        Map<String, Map<String, ScoreCard.Input>> values = new HashMap<>();
        sql.run(c -> {
            Jdbc.query(c, "select unit_code, avg(rating), count(*) from result_fact where " + unitFilter
                    + " and extract(year from visit_date) = ? group by unit_code",
                    rs -> ratings.put(rs.getString(1), new ScoreCard.Input(rs.getBigDecimal(2).setScale(2,
                            RoundingMode.HALF_UP), "mean rating of " + rs.getInt(3) + " inspection result(s)")),
                    unitArgument, year);
            Jdbc.query(c, "select distinct on (unit_code, indicator) unit_code, indicator, value, period, source, "
                    + "version from unit_value where " + unitFilter + " and indicator = any(?) "
                    + "and (period = ? or period like ? || '-%') "
                    + "order by unit_code, indicator, (period = ?) desc, period desc",
                    rs -> values.computeIfAbsent(rs.getString(1), u -> new HashMap<>()).put(rs.getString(2),
                            new ScoreCard.Input(rs.getBigDecimal(3), rs.getString(2) + " " + rs.getString(4) + " ("
                                    + rs.getString(5) + ", version " + rs.getInt(6) + ")")),
                    unitArgument, c.createArrayOf("text", dataIndicators), y, y, y);
            return null;
        });
        Map<String, Map<String, ScoreCard.Input>> byUnit = new HashMap<>();
        java.util.Set<String> units = new java.util.HashSet<>(ratings.keySet());
        units.addAll(values.keySet());
        for (String unit : units) {
            Map<String, ScoreCard.Input> inputs = new HashMap<>();
            for (AssessmentIndicator i : registered) {
                ScoreCard.Input input = "SHARED_DATA".equals(i.source)
                        ? values.getOrDefault(unit, Map.of()).get(i.dataIndicator) : ratings.get(unit);
                if (input != null) {
                    inputs.put(i.code, input);
                }
            }
            if (!inputs.isEmpty()) {
                byUnit.put(unit, inputs);
            }
        }
        return byUnit;
    }
}
