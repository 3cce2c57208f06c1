package io.grassroots.web.i18n;

import io.grassroots.web.api.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a form shows after the API refused it: each violation in Chinese next to the input it names,
 * and what names no input of this form (or nothing at all) in a summary above it.
 */
public final class FormErrors {
    private static final FormErrors NONE = new FormErrors(null, Map.of(), List.of());

    private final String summary;
    private final Map<String, List<String>> byField;
    private final List<String> general;

    private FormErrors(String summary, Map<String, List<String>> byField, List<String> general) {
        this.summary = summary;
        this.byField = byField;
        this.general = general;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** A message about the whole form, e.g. wrong credentials. */
    public static FormErrors summary(String message) {
        return new FormErrors(message, Map.of(), List.of());
    }

    /** A single message next to one input. */
    public static FormErrors field(String field, String message) {
        return new FormErrors("请按提示修改。", Map.of(field, List.of(message)), List.of());
    }

    /** Notes already sorted by input, e.g. a saved draft's rule findings; the summary may be null. */
    public static FormErrors of(String summary, Map<String, List<String>> byField, List<String> general) {
        return new FormErrors(summary, Map.copyOf(byField), List.copyOf(general));
    }

    public static FormErrors of(ApiProblem problem, Set<String> inputs) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ApiProblem.Violation v : problem.violations()) {
            String input = Zh.formField(v.field());
            if (inputs.contains(input)) {
                byField.computeIfAbsent(input, k -> new ArrayList<>()).add(Zh.violation(v));
            } else {
                general.add(Zh.violation(v));
            }
        }
        return new FormErrors(Zh.problem(problem), byField, general);
    }

    public boolean any() {
        return summary != null || !byField.isEmpty() || !general.isEmpty();
    }

    public String summary() {
        return summary;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<String> general() {
        return general;
    }
}
