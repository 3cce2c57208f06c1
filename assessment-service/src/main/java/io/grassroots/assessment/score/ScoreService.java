package io.grassroots.assessment.score;

import io.grassroots.assessment.projection.Jdbc;
import io.grassroots.assessment.projection.Sql;
import io.grassroots.assessment.register.AssessmentIndicator;
import io.grassroots.assessment.register.RegisterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores a unit for a year against the registered indicators, from shared data and inspection ratings. */
@ApplicationScoped
public class ScoreService {
    @Inject
    Sql sql;
    @Inject
    RegisterService register;

    /** The unit's card, with every input shown. */
    public record UnitScore(String unitCode, int year, BigDecimal total, List<ScoreCard.Line> lines) {
    }

    @Transactional
    public UnitScore score(String unit, int year) {
        List<AssessmentIndicator> registered = register.indicators();
        Map<String, ScoreCard.Input> inputs = new HashMap<>();
        List<ScoreCard.Definition> definitions = registered.stream().map(i -> new ScoreCard.Definition(i.code, i.name,
                i.source, i.dataIndicator, i.direction, i.target, i.weight)).toList();
        sql.run(c -> {
            // The unit's mean rating of the year serves every INSPECTION_RESULT indicator: read it once.
            ScoreCard.Input rating = Jdbc.query(c, "select avg(rating), count(*) from result_fact where unit_code = ? "
                    + "and extract(year from visit_date) = ? having count(*) > 0",
                    rs -> new ScoreCard.Input(rs.getBigDecimal(1).setScale(2, RoundingMode.HALF_UP),
                            "mean rating of " + rs.getInt(2) + " inspection result(s)"), unit, year)
                    .stream().findFirst().orElse(null);
            for (AssessmentIndicator i : registered) {
                if ("SHARED_DATA".equals(i.source)) {
                    // The annual value if there is one, else the latest period inside the year.
                    Jdbc.query(c, "select value, period, source, version from unit_value where unit_code = ? "
                            + "and indicator = ? and (period = ? or period like ? || '-%') "
                            + "order by (period = ?) desc, period desc limit 1",
                            rs -> inputs.put(i.code, new ScoreCard.Input(rs.getBigDecimal(1), i.dataIndicator + " "
                                    + rs.getString(2) + " (" + rs.getString(3) + ", version " + rs.getInt(4) + ")")),
                            unit, i.dataIndicator, String.valueOf(year), String.valueOf(year), String.valueOf(year));
                } else if (rating != null) {
                    inputs.put(i.code, rating);
                }
            }
            return null;
        });
        ScoreCard.Card card = ScoreCard.compute(definitions, inputs);
        return new UnitScore(unit, year, card.total(), card.lines());
    }
}
