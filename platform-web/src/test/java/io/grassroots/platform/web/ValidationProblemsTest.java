package io.grassroots.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Bean Validation's violations become the same field names, rules and sentences as hand-written checks. */
class ValidationProblemsTest {
    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Item(@NotBlank String planId, @Range(min = 1, max = 5) Integer rating) {
    }

    record Input(@NotNull @Range(min = 2000, max = 2100) Integer year, @NotBlank @Size(max = 5) String title,
            @Size(max = 2, message = "at most 2 codes") List<@Pattern(regexp = "[0-9]{9}",
                    message = "is not a 9-digit unit code") String> codes,
            List<@Valid Item> items) {
    }

    private List<Violation> violations(Input input) {
        return ValidationProblems.violations(validator.validate(input));
    }

    @Test
    void aMissingFieldIsRequiredByName() {
        assertEquals(List.of(new Violation("title", "REQUIRED", "title is required"),
                new Violation("year", "REQUIRED", "year is required")),
                violations(new Input(null, " ", null, null)));
    }

    @Test
    void lengthsAndRangesSayTheLimitAndTheValue() {
        assertEquals(List.of(new Violation("title", "MAX_LENGTH", "title must be at most 5 characters, was 6"),
                new Violation("year", "RANGE", "year must be from 2000 to 2100, was 1999")),
                violations(new Input(1999, "六个字的标题", null, null)));
    }

    @Test
    void listElementsAreNamedByIndexWithTheValueTheyHad() {
        assertEquals(List.of(new Violation("codes", "MAX_SIZE", "at most 2 codes"),
                new Violation("codes[1]", "FORMAT", "'4501' is not a 9-digit unit code")),
                violations(new Input(2026, "ok", List.of("450102001", "4501", "450102002"), null)));
    }

    @Test
    void nestedRecordsInAListAreNamedByPath() {
        assertEquals(List.of(new Violation("items[1].planId", "REQUIRED", "items[1].planId is required"),
                new Violation("items[1].rating", "RANGE", "items[1].rating must be from 1 to 5, was 9")),
                violations(new Input(2026, "ok", null, List.of(new Item("p", 3), new Item("", 9)))));
    }

    @Test
    void listIndexesAreOrderedAsNumbers() {
        List<String> codes = java.util.stream.IntStream.range(0, 12).mapToObj(i -> i == 2 || i == 10 ? "x" : "450102001")
                .toList();
        Input input = new Input(2026, "ok", codes, null);
        assertEquals(List.of("codes", "codes[2]", "codes[10]"), violations(input).stream().map(Violation::field).toList());
    }

    @Test
    void aBodyCheckedByHandIsRequiredThenShaped() {
        ProblemException missing = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> ValidationProblems.valid(validator, null, "an input is required"));
        assertEquals(List.of(new Violation("body", "REQUIRED", "an input is required")),
                missing.toProblem("/x").violations());
        ProblemException bad = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> ValidationProblems.valid(validator, new Input(null, "ok", null, null), "required"));
        assertEquals("year", bad.toProblem("/x").violations().get(0).field());
        Input good = new Input(2026, "ok", null, null);
        assertEquals(good, ValidationProblems.valid(validator, good, "required"));
    }
}
