package io.grassroots.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text that is an ISO date from 1900 to 2200, as {@link Params#date} reads it: FORMAT when it is no
 * date, RANGE when it lies outside those years; absent or blank is allowed.
 */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {
    String message() default "{io.grassroots.platform.web.IsoDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts what {@link Params#date} reads without a problem. */
    class Check implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return refusal("date", value) == null;
        }

        /** Why the text is no date of the platform's years (a problem's violation), or null when it is one. */
        static Violation refusal(String field, String value) {
            try {
                Params.date(field, value);
                return null;
            } catch (ProblemException e) {
                return e.toProblem(null).violations().get(0);
            }
        }
    }
}
