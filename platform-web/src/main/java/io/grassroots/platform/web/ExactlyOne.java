package io.grassroots.platform.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A record that must carry exactly one of the named components (not null, not blank), reported as
 * ONE_OF under the first of them.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ExactlyOne.Check.class)
public @interface ExactlyOne {
    /** The record components of which exactly one is given. */
    String[] value();

    String message() default "{io.grassroots.platform.web.ExactlyOne.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts the given components; names the first one, as the problem's field. */
    class Check implements ConstraintValidator<ExactlyOne, Record> {
        private String[] names;

        @Override
        public void initialize(ExactlyOne one) {
            names = one.value();
        }

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            long given = Arrays.stream(value.getClass().getRecordComponents())
                    .filter(c -> Arrays.asList(names).contains(c.getName())).map(c -> read(value, c))
                    .filter(v -> v != null && !(v instanceof CharSequence s && s.toString().isBlank())).count();
            if (given == 1) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(names[0]).addConstraintViolation();
            return false;
        }

        private static Object read(Record record, RecordComponent component) {
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.trySetAccessible();
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
    }
}
