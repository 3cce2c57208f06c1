package io.grassroots.web.visits;

import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's problems with a result, in Chinese next to the input they name: {@code results[0].rating}
 * next to the rating, {@code results[0].rectifications[1].dueDate} next to the due date of the form
 * row that was sent second (blank rows are not sent, so the API's index is mapped back to the row).
 */
final class ResultErrors {
    private static final Pattern RESULT = Pattern.compile("results\\[\\d+]\\.?(.*)");
    private static final Pattern ROW = Pattern.compile("(rectifications|indicatorValues)\\[(\\d+)](?:\\.(\\w+))?");
    private static final Map<String, String> LABELS = Map.of("planId", "所选计划", "findings", "检查发现",
            "rating", "评分", "item", "整改事项", "dueDate", "整改期限", "indicator", "指标", "period", "统计期",
            "value", "数值");

    private ResultErrors() {
    }

    static FormErrors of(ApiProblem problem, ResultInput input) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ApiProblem.Violation v : problem.violations()) {
            String key = key(v.field(), input);
            if (key == null) {
                general.add(v.field() == null || v.field().equals("results") ? VisitText.rule(v.rule())
                        : Zh.field(v.field()) + VisitText.rule(v.rule()));
            } else {
                byField.computeIfAbsent(key, k -> new ArrayList<>()).add(message(key, v.rule()));
            }
        }
        String summary = problem.status() == 409 ? "该检查当前状态下不能录入结果（须为已确认的检查），请刷新后再试。"
                : Zh.problem(problem);
        return FormErrors.of(summary, byField, general);
    }

    /**
     * The form's input for an API field: {@code findings}, {@code rectifications[2].dueDate} (form row 2),
     * {@code indicatorValues[0]} for a whole row; null for what names no input of the form.
     */
    static String key(String field, ResultInput input) {
        if (field == null) {
            return null;
        }
        Matcher result = RESULT.matcher(field);
        if (!result.matches() || result.group(1).isEmpty()) {
            return null;
        }
        String rest = result.group(1);
        if (LABELS.containsKey(rest)) {
            return rest;
        }
        Matcher row = ROW.matcher(rest);
        if (!row.matches()) {
            return null;
        }
        List<Integer> sent = row.group(1).equals("rectifications") ? input.sentRectifications()
                : input.sentIndicators();
        int index = Integer.parseInt(row.group(2));
        if (index >= sent.size()) {
            return null;
        }
        return row.group(1) + "[" + sent.get(index) + "]" + (row.group(3) == null ? "" : "." + row.group(3));
    }

    private static String message(String key, String rule) {
        if ("OWN_PLAN".equals(rule) || "NOTICE".equals(rule)) {
            return VisitText.rule(rule);
        }
        if ("UNIQUE".equals(rule) && key.startsWith("indicatorValues")) {
            return "同一指标同一统计期填写了两次";
        }
        String last = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
        String label = LABELS.getOrDefault(last, last.startsWith("rectifications") ? "该整改事项" : "该指标");
        return label + VisitText.rule(rule);
    }
}
