package io.grassroots.platform.web;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
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
            Map.entry("Email", "FORMAT"), Map.entry("Future", "FUTURE"), Map.entry("Past", "PAST"),
            Map.entry("DecimalMin", "RANGE"), Map.entry("DecimalMax", "RANGE"), Map.entry("Positive", "POSITIVE"),
            Map.entry("PositiveOrZero", "RANGE"), Map.entry("Digits", "FORMAT"));

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
        List<Violation> all = found.stream().map(ValidationProblems::violation).toList();
        // A missing field is named once, as REQUIRED: an empty text is not also too short.
        Set<String> missing = all.stream().filter(v -> v.rule().equals("REQUIRED")).map(Violation::field)
                .collect(Collectors.toSet());
        return all.stream().filter(v -> v.rule().equals("REQUIRED") || !missing.contains(v.field())).distinct()
                .sorted(Comparator.comparing(Violation::field, ValidationProblems::byPath)
                        .thenComparing(Violation::rule))
                .toList();
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
        String field = field(v.getPropertyPath(), v.getRootBeanClass());
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object value = v.getInvalidValue();
        String own = customMessage(v);
        Violation platform = OwnConstraints.violation(constraint, field, value, attributes, own);
        if (platform != null) {
            return platform;
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> new Violation(field, "REQUIRED",
                    own != null ? own : field + " is required");
            case "Size" -> size(field, value, attributes, own);
            case "Range" -> new Violation(field, "RANGE", own != null ? own : field + " must be from "
                    + attributes.get("min") + " to " + attributes.get("max") + ", was " + value);
            case "Min", "Max" -> new Violation(field, "RANGE", own != null ? own : field + " must be "
                    + (constraint.equals("Min") ? "at least " : "at most ") + attributes.get("value") + ", was "
                    + value);
            case "DecimalMin", "DecimalMax" -> decimal(field, value, constraint, attributes, own);
            case "Positive" -> new Violation(field, "POSITIVE", own != null ? own
                    : field + " must be a number above 0, was " + value);
            case "PositiveOrZero" -> new Violation(field, "RANGE", own != null ? own
                    : field + " must be 0 or more, was " + value);
            case "Digits" -> new Violation(field, "FORMAT", own != null ? own : field + " takes at most "
                    + attributes.get("integer") + " digits before the decimal point and " + attributes.get("fraction")
                    + " after it, was " + Params.shortened(String.valueOf(value)));
            default -> new Violation(field, RULES.getOrDefault(constraint, upperSnake(constraint)),
                    own != null && value != null ? "'" + Params.shortened(String.valueOf(value)) + "' " + own
                            : own != null ? own : v.getMessage());
        };
    }

    /** Too short or too long: the rule names the end that was missed. */
    private static Violation size(String field, Object value, Map<String, Object> attributes, String own) {
        Object max = attributes.get("max");
        int min = ((Number) attributes.getOrDefault("min", 0)).intValue();
        if (value instanceof CharSequence text) {
            if (text.length() < min) {
                return new Violation(field, "MIN_LENGTH", own != null ? own
                        : field + " must have at least " + min + " characters");
            }
            return new Violation(field, "MAX_LENGTH", own != null ? own
                    : field + " must be at most " + max + " characters, was " + text.length());
        }
        int size = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size()
                : value instanceof Object[] a ? a.length : -1;
        if (size >= 0 && size < min) {
            return new Violation(field, "MIN_SIZE", own != null ? own : "at least " + min + " " + field + ", was "
                    + size);
        }
        return new Violation(field, "MAX_SIZE", own != null ? own : "at most " + max + " " + field + ", was " + size);
    }

    /** A decimal bound, inclusive or not, said with the bound and the value. */
    private static Violation decimal(String field, Object value, String constraint, Map<String, Object> attributes,
            String own) {
        if (own != null) {
            return new Violation(field, "RANGE", own);
        }
        boolean inclusive = !Boolean.FALSE.equals(attributes.get("inclusive"));
        String bound = constraint.equals("DecimalMin") ? (inclusive ? "at least " : "above ")
                : (inclusive ? "at most " : "below ");
        return new Violation(field, "RANGE", field + " must be " + bound + attributes.get("value") + ", was "
                + Params.shortened(String.valueOf(value)));
    }

    /** A message the record wrote itself, rather than Bean Validation's template. */
    private static String customMessage(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        return template == null || template.startsWith("{") ? null : v.getMessage();
    }

    /**
     * The JSON path of a violation: a resource method's name is left out, a query, path, header or form
     * parameter is named as the request names it, a body parameter ({@code @BeanParam} too) adds nothing,
     * list indexes follow the list's name ({@code targets[2]}), map keys too as properties
     * ({@code rules.TEAM_SIZE}, as the JSON reads), and a container element adds nothing more.
     */
    static String field(Path path, Class<?> root) {
        StringBuilder field = new StringBuilder();
        Path.MethodNode method = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                String name = parameterName(root, method, node.as(Path.ParameterNode.class).getParameterIndex());
                if (name != null) {
                    field.append(name);
                }
                continue;
            }
            if (node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(node.getKey());
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static String field(Path path) {
        return field(path, null);
    }

    /** The name a request gives a resource method's parameter, or null for the body or a bean parameter. */
    private static String parameterName(Class<?> root, Path.MethodNode node, int index) {
        if (root == null || node == null) {
            return null;
        }
        Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = root; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(node.getName(), types);
                for (Annotation a : method.getParameters()[index].getAnnotations()) {
                    String name = a instanceof QueryParam q ? q.value() : a instanceof PathParam p ? p.value()
                            : a instanceof HeaderParam h ? h.value() : a instanceof FormParam f ? f.value()
                                    : a instanceof RestQuery q ? q.value() : a instanceof RestPath p ? p.value() : null;
                    if (name != null) {
                        return name.isEmpty() ? method.getParameters()[index].getName() : name;
                    }
                }
            } catch (NoSuchMethodException e) {
                // declared on a superclass: look there
            }
            // Not annotated here: an interceptor's generated subclass overrides it bare, so look further up.
        }
        return null;
    }

    private static String upperSnake(String name) {
        return name.replaceAll("(?<!^)([A-Z])", "_$1").toUpperCase();
    }
}
