package io.grassroots.platform.web;

import java.util.List;

/** Ends a request with a problem response; thrown before anything is changed, or rolls the change back. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Violation> violations;

    public ProblemException(int status, String type, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(400, "urn:grassroots:problem:invalid-request", "The request is not valid",
                violations.size() == 1 ? violations.get(0).message() : violations.size() + " fields are not valid",
                violations);
    }

    public static ProblemException invalid(String field, String rule, String message) {
        return invalid(List.of(new Violation(field, rule, message)));
    }

    public static ProblemException ruleViolations(List<Violation> violations) {
        return new ProblemException(400, "urn:grassroots:problem:rule-violation",
                "The request breaks burden-relief rules", violations.size() + " blocking finding(s): "
                        + String.join("; ", violations.stream().map(Violation::message).toList()),
                violations);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "urn:grassroots:problem:not-found", "Not found", what + " was not found",
                List.of());
    }

    public static ProblemException conflict(String rule, String detail) {
        return new ProblemException(409, "urn:grassroots:problem:conflict", "The request conflicts with the state",
                detail, List.of(new Violation(null, rule, detail)));
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same problem with its fields renamed, for a caller that asked in other terms (a form's cells). */
    public ProblemException renamed(java.util.function.UnaryOperator<String> field) {
        return new ProblemException(status, type, title, getMessage(), violations.stream()
                .map(v -> new Violation(v.field() == null ? null : field.apply(v.field()), v.rule(), v.message()))
                .toList());
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, violations);
    }
}
