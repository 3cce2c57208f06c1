package io.grassroots.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * A division code: province (2 digits), city (4), county (6), township (9) or village (12), limited to
 * the levels in {@link #digits()}; absent or blank is allowed, a trimmed code is read. Reported as FORMAT.
 */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = RegionCode.Check.class)
public @interface RegionCode {
    /** The lengths a code may have, from the province down. */
    int[] digits() default { 2, 4, 6, 9, 12 };

    String message() default "{io.grassroots.platform.web.RegionCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null, blank and a code of digits of one of the allowed lengths. */
    class Check implements ConstraintValidator<RegionCode, String> {
        private int[] digits;

        @Override
        public void initialize(RegionCode code) {
            digits = code.digits();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String code = value.trim();
            return code.chars().allMatch(c -> c >= '0' && c <= '9')
                    && Arrays.stream(digits).anyMatch(n -> n == code.length());
        }
    }
}
