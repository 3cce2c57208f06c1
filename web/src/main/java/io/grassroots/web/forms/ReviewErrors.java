package io.grassroots.web.forms;

import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
import io.grassroots.web.i18n.ZhForms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's problems with a confirmation, each next to the input it names: title, period and due date
 * by name; a column's and a row's box as the API names the form's cells ({@code columns[D].indicator},
 * {@code rows[12].unit}); a correction naming no such column or row by its place in what was sent
 * ({@code columns[0].column}). What names none of them is shown above the form.
 */
public record ReviewErrors(FormErrors all) {
    private static final Pattern ITEM = Pattern.compile("(columns|rows)\\[([A-Z]{1,3}|\\d{1,6})](?:\\.([A-Za-z]+))?");
    private static final ReviewErrors NONE = new ReviewErrors(FormErrors.none());

    static ReviewErrors none() {
        return NONE;
    }

    static ReviewErrors of(ApiProblem problem, ReviewInput.Corrections sent) {
        Map<String, List<String>> byInput = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ApiProblem.Violation v : problem.violations()) {
            String field = v.field() == null ? "" : v.field();
            Matcher item = ITEM.matcher(field);
            String input = null;
            String message;
            boolean sentIndex = item.matches() && ("column".equals(item.group(3)) || "row".equals(item.group(3)));
            if (item.matches() && item.group(1).equals("columns")) {
                int i = sentIndex ? Integer.parseInt(item.group(2)) : -1;
                input = !sentIndex ? "col-" + item.group(2)
                        : i < sent.columns().size() ? "col-" + sent.columns().get(i) : null;
                message = ZhForms.columnRule(v.rule());
            } else if (item.matches()) {
                int i = sentIndex ? Integer.parseInt(item.group(2)) : -1;
                input = !sentIndex ? "row-" + item.group(2)
                        : i < sent.rows().size() ? "row-" + sent.rows().get(i) : null;
                message = ZhForms.rowRule(v.rule());
            } else if (field.equals("period") && "FORMAT".equals(v.rule())) {
                input = field;
                message = "数据期间格式不正确，应为 2026、2026-06 或 2026-Q1";
            } else {
                input = field.equals("title") || field.equals("period") || field.equals("dueDate") ? field : null;
                message = Zh.violation(v);
            }
            if (input == null) {
                general.add(item.matches() ? (item.group(1).equals("columns") ? "列的对应：" : "行的单位：") + message
                        : message);
            } else {
                byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(message);
            }
        }
        return new ReviewErrors(FormErrors.of(Zh.problem(problem), byInput, general));
    }

    /** A message above the form only, e.g. that the form was filed meanwhile. */
    static ReviewErrors summary(String message) {
        return new ReviewErrors(FormErrors.summary(message));
    }

    public boolean any() {
        return all.any();
    }

    public String summary() {
        return all.summary();
    }

    public List<String> general() {
        return all.general();
    }

    public boolean has(String input) {
        return all.has(input);
    }

    public List<String> of(String input) {
        return all.of(input);
    }

    public boolean hasColumn(String column) {
        return all.has("col-" + column);
    }

    public List<String> ofColumn(String column) {
        return all.of("col-" + column);
    }

    public boolean hasRow(int row) {
        return all.has("row-" + row);
    }

    public List<String> ofRow(int row) {
        return all.of("row-" + row);
    }
}
