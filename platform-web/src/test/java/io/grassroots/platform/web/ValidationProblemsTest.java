package io.grassroots.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
        List<String> codes = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> i == 2 || i == 10 ? "x" : "450102001")
                .toList();
        Input input = new Input(2026, "ok", codes, null);
        assertEquals(List.of("codes", "codes[2]", "codes[10]"),
                violations(input).stream().map(Violation::field).toList());
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

    record Bounds(@Size(min = 3, max = 5) String code, @Size(min = 1, max = 2) List<String> tags,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal weight,
            @Positive BigDecimal target, @Digits(integer = 3, fraction = 2) BigDecimal amount,
            Map<String, @NotNull @Valid Item> rules) {
    }

    private List<Violation> violations(Bounds bounds) {
        return ValidationProblems.violations(validator.validate(bounds));
    }

    @Test
    void tooShortIsMinLengthAndTooFewIsMinSize() {
        assertEquals(List.of(new Violation("code", "MIN_LENGTH", "code must have at least 3 characters"),
                new Violation("tags", "MIN_SIZE", "at least 1 tags, was 0")),
                violations(new Bounds("ab", List.of(), null, null, null, null)));
        assertEquals(List.of(new Violation("code", "MAX_LENGTH", "code must be at most 5 characters, was 6"),
                new Violation("tags", "MAX_SIZE", "at most 2 tags, was 3")),
                violations(new Bounds("abcdef", List.of("a", "b", "c"), null, null, null, null)));
    }

    @Test
    void decimalBoundsAreRangesAndAPositiveNumberIsPositive() {
        assertEquals(List.of(new Violation("target", "POSITIVE", "target must be a number above 0, was 0"),
                new Violation("weight", "RANGE", "weight must be above 0, was 0")),
                violations(new Bounds("abc", null, BigDecimal.ZERO, BigDecimal.ZERO, null, null)));
        assertEquals(List.of(new Violation("weight", "RANGE", "weight must be at most 100, was 100.5")),
                violations(new Bounds("abc", null, new BigDecimal("100.5"), BigDecimal.ONE, null, null)));
        assertEquals(List.of(new Violation("amount", "FORMAT",
                "amount takes at most 3 digits before the decimal point and 2 after it, was 1.234")),
                violations(new Bounds("abc", null, null, null, new BigDecimal("1.234"), null)));
    }

    @Test
    void mapValuesAreNamedByTheirKeyAsTheJsonReads() {
        Map<String, Item> rules = new java.util.LinkedHashMap<>();
        rules.put("TEAM_SIZE", null);
        rules.put("NOTICE", new Item("", 3));
        assertEquals(List.of(new Violation("rules.NOTICE.planId", "REQUIRED", "rules.NOTICE.planId is required"),
                new Violation("rules.TEAM_SIZE", "REQUIRED", "rules.TEAM_SIZE is required")),
                violations(new Bounds("abc", null, null, null, null, rules)));
    }

    /** A resource's parameters as the request names them. */
    static class Resource {
        public void list(@QueryParam("per_page") @Max(100) Integer size, @PathParam("year") @Min(2000) int year,
                @Valid Item body) {
        }
    }

    /** As an interceptor's generated subclass overrides a resource method: without the annotations. */
    static class Intercepted extends Resource {
        @Override
        public void list(Integer size, int year, Item body) {
        }
    }

    @Test
    void aParameterIsNamedThroughAGeneratedSubclass() throws NoSuchMethodException {
        Method list = Intercepted.class.getMethod("list", Integer.class, int.class, Item.class);
        assertEquals(List.of("per_page"), ValidationProblems.violations(validator.forExecutables()
                .validateParameters(new Intercepted(), list, new Object[] { 101, 2000, new Item("p", 2) })).stream()
                .map(Violation::field).toList());
    }

    @Test
    void queryAndPathParametersAreNamedAsTheRequestNamesThem() throws NoSuchMethodException {
        Method list = Resource.class.getMethod("list", Integer.class, int.class, Item.class);
        List<Violation> found = ValidationProblems.violations(validator.forExecutables()
                .validateParameters(new Resource(), list, new Object[] { 101, 1999, new Item("", 2) }));
        assertEquals(List.of(new Violation("per_page", "RANGE", "per_page must be at most 100, was 101"),
                new Violation("planId", "REQUIRED", "planId is required"),
                new Violation("year", "RANGE", "year must be at least 2000, was 1999")), found);
    }

    enum Colour { RED, GREEN }

    record Choice(@OneOf(Colour.class) String colour, @NotBlank @Size(min = 3) String name) {
    }

    @Test
    void aNameOutsideAnEnumIsEnumAndAMissingTextIsOnlyRequired() {
        assertEquals(List.of(new Violation("colour", "ENUM", "colour must be one of [RED, GREEN], was BLUE"),
                new Violation("name", "REQUIRED", "name is required")),
                ValidationProblems.violations(validator.validate(new Choice("BLUE", ""))));
        assertEquals(List.of(), ValidationProblems.violations(validator.validate(new Choice(null, "abc"))));
        assertEquals(List.of(), ValidationProblems.violations(validator.validate(new Choice(" RED ", "abc"))));
    }
}
