package io.grassroots.platform.web;

/** One thing wrong with a request: the field, the rule it broke, and a sentence with the numbers. */
public record Violation(String field, String rule, String message) {
}
