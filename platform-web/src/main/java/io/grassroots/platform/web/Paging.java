package io.grassroots.platform.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A list's {@code page} and {@code size} query parameters, taken as {@code @Valid @BeanParam Paging}:
 * page from 0, size from 1 to 500 (50 when absent), the first row within 10 million.
 */
@Paging.WithinRows
public class Paging {
    @QueryParam("page")
    @Min(0)
    Integer page;

    @QueryParam("size")
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    Integer size;

    public Paging() {
    }

    public Paging(Integer page, Integer size) {
        this.page = page;
        this.size = size;
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? PageRequest.DEFAULT_SIZE : size;
    }

    /** The page asked for, once validated. */
    public PageRequest request() {
        return new PageRequest(pageOrFirst(), sizeOrDefault());
    }

    /** A page whose first row lies beyond {@link PageRequest#MAX_OFFSET}, reported as RANGE of {@code page}. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = WithinRows.Check.class)
    public @interface WithinRows {
        String message() default "{io.grassroots.platform.web.Paging.WithinRows.message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Judged only when page and size are each in range, as their own rules say the rest. */
        class Check implements ConstraintValidator<WithinRows, Paging> {
            @Override
            public boolean isValid(Paging paging, ConstraintValidatorContext context) {
                if (paging == null) {
                    return true;
                }
                int p = paging.pageOrFirst();
                int s = paging.sizeOrDefault();
                if (p < 0 || s < 1 || s > PageRequest.MAX_SIZE || (long) p * s <= PageRequest.MAX_OFFSET) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("page").addConstraintViolation();
                return false;
            }
        }
    }
}
