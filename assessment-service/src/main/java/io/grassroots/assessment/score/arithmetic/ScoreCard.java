package io.grassroots.assessment.score.arithmetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A unit's assessment score from registered indicators and the results behind them. Each indicator
 * with an input scores 0–1 against its target (higher-is-better: value / target, capped at 1;
 * lower-is-better: 1 up to the target, then target / value); the total is 100 × the weighted mean
 * of those. An indicator without input is shown as such and left out, never scored as zero: a unit
 * is not marked down for data nobody collected.
 */
public final class ScoreCard {
    private static final MathContext MC = MathContext.DECIMAL64;

    private ScoreCard() {
    }

    /** What an indicator asks for. */
    public record Definition(String code, String name, String source, String dataIndicator, String direction,
            BigDecimal target, BigDecimal weight) {
    }

    /** The evidence found for an indicator: a value and where it came from. */
    public record Input(BigDecimal value, String from) {
    }

    /** One indicator's line on the card. */
    public record Line(String indicator, String name, String source, BigDecimal weight, BigDecimal target,
            String direction, BigDecimal value, String from, BigDecimal score) {
    }

    /** The card: total (null when no indicator had input) and every line. */
    public record Card(BigDecimal total, List<Line> lines) {
    }

    public static Card compute(List<Definition> definitions, Map<String, Input> inputs) {
        List<Line> lines = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Definition d : definitions) {
            Input input = inputs.get(d.code());
            BigDecimal score = input == null ? null : score(d, input.value());
            if (score != null) {
                weighted = weighted.add(d.weight().multiply(score, MC));
                weights = weights.add(d.weight());
            }
            lines.add(new Line(d.code(), d.name(), d.source(), d.weight(), d.target(), d.direction(),
                    input == null ? null : input.value(), input == null ? "no input" : input.from(),
                    score == null ? null : score.setScale(3, RoundingMode.HALF_UP)));
        }
        BigDecimal total = weights.signum() == 0 ? null
                : weighted.multiply(BigDecimal.valueOf(100)).divide(weights, MC).setScale(2, RoundingMode.HALF_UP);
        return new Card(total, lines);
    }

    static BigDecimal score(Definition d, BigDecimal value) {
        if ("LOWER_IS_BETTER".equals(d.direction())) {
            if (value.compareTo(d.target()) <= 0) {
                return BigDecimal.ONE;
            }
            return d.target().divide(value, MC);
        }
        if (value.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return value.divide(d.target(), MC).min(BigDecimal.ONE);
    }
}
