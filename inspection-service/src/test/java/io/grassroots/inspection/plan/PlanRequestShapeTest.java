package io.grassroots.inspection.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.platform.web.ValidationProblems;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A plan's declared shape: its lists are sized before their items are looked at. */
class PlanRequestShapeTest {
    private static final Validator SHAPE = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static PlanRequest plan(List<String> targets, TargetSelector selector) {
        return new PlanRequest(2026, "安全生产检查", PlanKind.INSPECTION, PlanScope.SPECIAL, "WORK_SAFETY", targets,
                selector, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 29), 1, 3, List.of("SAFETY_INCIDENTS"),
                null, null);
    }

    private static List<String> fields(Object input) {
        return ValidationProblems.violations(SHAPE.validate(input)).stream()
                .map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void halfAMillionBadCodesAreRefusedByTheirNumberAlone() {
        assertEquals(List.of("targets MAX_SIZE"), fields(plan(Collections.nCopies(500_000, "a"), null)));
    }

    @Test
    void withinTheSizeEachCodeAndTheSelectorAreChecked() {
        assertEquals(List.of("targets[1] FORMAT"), fields(plan(List.of("450102001", "4501"), null)));
        assertEquals(List.of("targetSelector.under REQUIRED"), fields(plan(null, new TargetSelector(" ", null))));
        assertEquals(List.of(), fields(plan(List.of("450102001"), null)));
    }
}
