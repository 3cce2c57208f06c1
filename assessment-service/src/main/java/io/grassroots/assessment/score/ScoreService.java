package io.grassroots.assessment.score;

import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.assessment.register.AssessmentIndicator;
import io.grassroots.assessment.register.RegisterService;
import io.grassroots.assessment.score.arithmetic.ScoreCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
        Map<String, ScoreCard.Input> inputs = inputs(registered, ScoreQuery.Scope.UNIT, unit, year)
                .getOrDefault(unit, Map.of());
        ScoreCard.Card card = ScoreCard.compute(definitions(registered), inputs);
        Published published = sql.run(c -> PublishedScores.of(c, unit, year)).orElse(null);
        return new UnitScore(unit, year, card.total(), card.lines(), published);
    }

    /** The cards of every unit of a region that has some input in the year, by unit code. */
    @Transactional
    public Map<String, ScoreCard.Card> region(String region, int year) {
        List<AssessmentIndicator> registered = register.indicators();
        List<ScoreCard.Definition> definitions = definitions(registered);
        Map<String, ScoreCard.Card> cards = new TreeMap<>();
        inputs(registered, ScoreQuery.Scope.REGION, region, year)
                .forEach((unit, inputs) -> cards.put(unit, ScoreCard.compute(definitions, inputs)));
        return cards;
    }

    private static List<ScoreCard.Definition> definitions(List<AssessmentIndicator> registered) {
        return registered.stream().map(i -> new ScoreCard.Definition(i.code, i.name, i.source, i.dataIndicator,
                i.direction, i.target, i.weight)).toList();
    }

    /**
     * The inputs of each unit in the scope, in two queries however many units: the mean rating
     * of the year's inspection results serves every INSPECTION_RESULT indicator; a SHARED_DATA
     * indicator takes the annual value if there is one, else the latest period inside the year.
     */
    private Map<String, Map<String, ScoreCard.Input>> inputs(List<AssessmentIndicator> registered,
            ScoreQuery.Scope scope, String code, int year) {
        String[] dataIndicators = registered.stream().filter(i -> "SHARED_DATA".equals(i.source))
                .map(i -> i.dataIndicator).distinct().toArray(String[]::new);
        Map<String, ScoreCard.Input> ratings = sql.run(c -> ScoreQuery.ratings(c, scope, code, year));
        Map<String, Map<String, ScoreCard.Input>> values = sql.run(c -> ScoreQuery.values(c, scope, code, year,
                dataIndicators));
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
