package io.grassroots.platform.web;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bean Validation's refusals of an input record as the platform's 400 problem: each violation named by
 * its JSON field ({@code results[0].planId}) and by the rule codes {@link Violations} uses, with a
 * sentence that carries the numbers.
 */
public class ValidationProblems {
    private static final Map<String, String> RULES = Map.ofEntries(Map.entry("NotNull", "REQUIRED"),
            Map.entry("NotBlank", "REQUIRED"), Map.entry("NotEmpty", "REQUIRED"), Map.entry("Range", "RANGE"),
            Map.entry("Min", "RANGE"), Map.entry("Max", "RANGE"), Map.entry("Pattern", "FORMAT"),
            Map.entry("Email", "FORMAT"), Map.entry("Future", "FUTURE"), Map.entry("Past", "PAST"));

    /** Only a REST call's input: a violation inside the service is a bug, and stays a 500. */
    @ServerExceptionMapper
    public Response invalid(ResteasyReactiveViolationException e, UriInfo uri) {
        return ProblemMappers.respond(ProblemException.invalid(violations(e.getConstraintViolations()))
                .toProblem(uri.getPath()));
    }

    /**
     * Checks a body's declared shape where the caller's authority must be weighed first (a county's
     * coordinator gets 403 whatever it sends to what only the province may change): the input, or a
     * 400 problem naming every violation. Elsewhere {@code @Valid} on the resource parameter does it.
     */
    public static <T> T valid(Validator validator, T input, String missing) {
        if (input == null) {
            throw ProblemException.invalid("body", "REQUIRED", missing);
        }
        List<Violation> shape = violations(validator.validate(input));
        if (!shape.isEmpty()) {
            throw ProblemException.invalid(shape);
        }
        return input;
    }

    /**
     * The violations in the order of their fields, list indexes compared as numbers ({@code targets[2]}
     * before {@code targets[10]}), so that a problem reads the same every time and lists the first ones.
     */
    public static List<Violation> violations(Collection<? extends ConstraintViolation<?>> found) {
        return found.stream().map(ValidationProblems::violation)
                .sorted(Comparator.comparing(Violation::field, ValidationProblems::byPath)
                        .thenComparing(Violation::rule)).toList();
    }

    /** Compares field paths piece by piece, numbers by value. */
    static int byPath(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean numbers = !x[i].isEmpty() && !y[i].isEmpty() && Character.isDigit(x[i].charAt(0))
                    && Character.isDigit(y[i].charAt(0));
            int c = numbers && x[i].length() < 10 && y[i].length() < 10
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    static Violation violation(ConstraintViolation<?> v) {
        String field = field(v.getPropertyPath());
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object value = v.getInvalidValue();
        String own = customMessage(v);
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> new Violation(field, "REQUIRED",
                    own != null ? own : field + " is required");
            case "Size" -> size(field, value, attributes, own);
            case "Range", "Min", "Max" -> new Violation(field, "RANGE", field + " must be from "
                    + attributes.getOrDefault("min", attributes.get("value")) + " to "
                    + attributes.getOrDefault("max", attributes.get("value")) + ", was " + value);
            default -> new Violation(field, RULES.getOrDefault(constraint, upperSnake(constraint)),
                    own != null && value != null ? "'" + Params.shortened(String.valueOf(value)) + "' " + own
                            : own != null ? own : v.getMessage());
        };
    }

    private static Violation size(String field, Object value, Map<String, Object> attributes, String own) {
        Object max = attributes.get("max");
        if (value instanceof CharSequence text) {
            return new Violation(field, "MAX_LENGTH", field + " must be at most " + max + " characters, was "
                    + text.length());
        }
        int size = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
        return new Violation(field, "MAX_SIZE", own != null ? own : "at most " + max + " " + field + ", was " + size);
    }

    /** A message the record wrote itself, rather than Bean Validation's template. */
    private static String customMessage(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        return template == null || template.startsWith("{") ? null : v.getMessage();
    }

    /**
     * The JSON path of a violation: a resource method's name and parameter are left out, list indexes
     * follow the list's name, and a container element ({@code <list element>}) adds nothing more.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String upperSnake(String name) {
        return name.replaceAll("(?<!^)([A-Z])", "_$1").toUpperCase();
    }
}
