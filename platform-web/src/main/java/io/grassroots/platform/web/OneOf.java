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
 * A text that must be the name of one of an enum's constants (a role, a status), reported as ENUM, the
 * rule of every closed list of values (ONE_OF is only {@link ExactlyOne}'s); absent or blank is allowed (add {@code @NotBlank} where it is required), and the
 * name is read trimmed, as {@link Params#enumOf} reads it.
 */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {
    /** The enum whose constants' names are allowed. */
    Class<? extends Enum<?>> value();

    String message() default "{io.grassroots.platform.web.OneOf.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null, blank and the constants' names. */
    class Check implements ConstraintValidator<OneOf, String> {
        private String[] names;

        @Override
        public void initialize(OneOf one) {
            names = Arrays.stream(one.value().getEnumConstants()).map(Enum::name).toArray(String[]::new);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Arrays.asList(names).contains(value.trim());
        }
    }
}
