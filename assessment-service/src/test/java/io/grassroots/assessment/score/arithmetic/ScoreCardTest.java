package io.grassroots.assessment.score.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores from inputs, without Quarkus. */
class ScoreCardTest {
    private static ScoreCard.Definition def(String code, String direction, int target, int weight) {
        return new ScoreCard.Definition(code, code, "SHARED_DATA", code, direction, BigDecimal.valueOf(target),
                BigDecimal.valueOf(weight));
    }

    @Test
    void theTotalIsTheWeightedMeanOfTheIndicatorsWithInput() {
        List<ScoreCard.Definition> defs = List.of(def("ENROLMENT", "HIGHER_IS_BETTER", 100, 3),
                def("INCIDENTS", "LOWER_IS_BETTER", 2, 1), def("UNKNOWN", "HIGHER_IS_BETTER", 5, 6));
        ScoreCard.Card card = ScoreCard.compute(defs, Map.of(
                "ENROLMENT", new ScoreCard.Input(BigDecimal.valueOf(90), "a"),
                "INCIDENTS", new ScoreCard.Input(BigDecimal.valueOf(4), "b")));
        // (3 x 0.9 + 1 x 0.5) / 4 = 0.8; UNKNOWN has no input and is left out.
        assertEquals(new BigDecimal("80.00"), card.total());
        assertEquals(new BigDecimal("0.900"), card.lines().get(0).score());
        assertEquals(new BigDecimal("0.500"), card.lines().get(1).score());
        assertNull(card.lines().get(2).score());
        assertEquals("no input", card.lines().get(2).from());
    }

    @Test
    void scoresAreCappedAtTheTarget() {
        assertEquals(0, BigDecimal.ONE.compareTo(ScoreCard.score(def("X", "HIGHER_IS_BETTER", 10, 1),
                BigDecimal.valueOf(25))));
        assertEquals(0, BigDecimal.ONE.compareTo(ScoreCard.score(def("X", "LOWER_IS_BETTER", 10, 1),
                BigDecimal.ZERO)));
        assertEquals(0, BigDecimal.ZERO.compareTo(ScoreCard.score(def("X", "HIGHER_IS_BETTER", 10, 1),
                BigDecimal.valueOf(-3))));
    }

    @Test
    void aCardWithoutAnyInputHasNoTotal() {
        assertNull(ScoreCard.compute(List.of(def("A", "HIGHER_IS_BETTER", 1, 1)), Map.of()).total());
    }
}
