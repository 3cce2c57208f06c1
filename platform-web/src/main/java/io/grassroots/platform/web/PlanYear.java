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

/** A year the platform plans for: required, from 2000 to 2100; reported as RANGE, absent included. */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Constraint(validatedBy = PlanYear.Check.class)
public @interface PlanYear {
    int MIN = 2000;
    int MAX = 2100;

    String message() default "{io.grassroots.platform.web.PlanYear.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Refuses null too: a plan without a year has no calendar to fall in. */
    class Check implements ConstraintValidator<PlanYear, Integer> {
        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value != null && value >= MIN && value <= MAX;
        }
    }
}
