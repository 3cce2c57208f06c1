package io.grassroots.share.task;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.Violation;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.IndicatorRepository;
import io.grassroots.share.data.NewValue;
import io.grassroots.share.data.ValueRules;
import io.grassroots.share.data.ValueSource;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules one submission's answers meet, whether they came as JSON or as rows of a workbook: each
 * names an open field of the task, once, with a value the catalog takes.
 */
final class AnswerCheck {
    private final Task task;
    private final List<String> open;
    /** Fields of the task answered before, with the value in force: a workbook sent again repeats them. */
    private final Map<String, BigDecimal> answered;
    private final IndicatorRepository indicators;
    private final Set<String> given = new HashSet<>();

    AnswerCheck(Task task, List<String> open, Map<String, BigDecimal> answered, IndicatorRepository indicators) {
        this.task = task;
        this.open = open;
        this.answered = answered;
        this.indicators = indicators;
    }

    List<String> open() {
        return open;
    }

    Set<String> given() {
        return given;
    }

    /** IN_TASK when the code names no open field of the task, DUPLICATE when an earlier answer named it. */
    Optional<Violation> indicator(String field, String duplicateField, String code) {
        if (code == null || !open.contains(code)) {
            BigDecimal before = code == null ? null : answered.get(code);
            return Optional.of(new Violation(field, "IN_TASK", before != null
                    ? code + " is answered already in this task (with " + before.toPlainString()
                            + "); a correction is a new report, not a task answer"
                    : code + " is not an open field of this task " + open));
        }
        if (!given.add(code)) {
            return Optional.of(new Violation(duplicateField, "DUPLICATE", code + " is given twice"));
        }
        return Optional.empty();
    }

    /**
     * VALUE when the catalog refuses the value for the (open) indicator; FORMAT when a workbook cell showed a
     * percentage for an indicator not measured in percent.
     */
    Optional<Violation> value(String field, String code, BigDecimal value, boolean percent) {
        Indicator indicator = indicators.findById(code);
        if (percent && !"%".equals(indicator.unitOfMeasure)) {
            return Optional.of(new Violation(field, "FORMAT", "the cell shows a percentage, but " + code
                    + " is counted in " + indicator.unitOfMeasure + ": type the number itself"));
        }
        return ValueRules.problem(indicator, value).map(p -> new Violation(field, "VALUE", p));
    }

    /** True for a field of this task already answered with this very value: nothing to store, nothing wrong. */
    boolean unchanged(String code, BigDecimal value) {
        BigDecimal before = code == null ? null : answered.get(code);
        return before != null && value != null && before.compareTo(value) == 0 && !open.contains(code);
    }

    NewValue newValue(String code, BigDecimal value, Caller caller) {
        return new NewValue(task.unitCode, code, task.period, value, ValueSource.UNIT_REPORT, null, caller.subject());
    }
}
