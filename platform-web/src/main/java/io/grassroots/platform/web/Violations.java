package io.grassroots.platform.web;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one request so that all of them are reported at once. */
public final class Violations {
    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String rule, String message) {
        list.add(new Violation(field, rule, message));
        return this;
    }

    /** Adds what Bean Validation found, so that a request's declared shape and its rules are reported at once. */
    public Violations addAll(List<Violation> found) {
        list.addAll(found);
        return this;
    }

    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "REQUIRED", field + " is required");
            return false;
        }
        return true;
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "MAX_LENGTH", field + " must be at most " + max + " characters, was " + value.length());
        }
    }

    public void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "RANGE", field + " must be from " + min + " to " + max + ", was " + value);
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    /** Throws a 400 problem when anything was collected. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw ProblemException.invalid(list);
        }
    }
}
