package io.grassroots.web.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review form as the page fills it from the proposal, or as posted: the title, period and due date,
 * the indicator chosen per column (none: not mapped), the unit picked per row that needs attention (none:
 * leave the row out) or typed as a code. Only what differs
 * from the proposal is sent: the API keeps the proposal for everything unlisted.
 */
public final class ReviewInput {
    private static final Pattern COLUMN = Pattern.compile("([A-Z]{1,3}):(\\S{0,100})");
    private static final Pattern ROW = Pattern.compile("([1-9][0-9]{0,6}):(\\S{0,100})");

    private final String title;
    private final String period;
    private final String dueDate;
    private final Map<String, String> columns;
    private final Map<Integer, String> units;
    private final Map<Integer, String> codes;

    private ReviewInput(String title, String period, String dueDate, Map<String, String> columns,
            Map<Integer, String> units, Map<Integer, String> codes) {
        this.title = title;
        this.period = period;
        this.dueDate = dueDate;
        this.columns = columns;
        this.units = units;
        this.codes = codes;
    }

    /** The corrections as the API takes them, and what each index of its lists stands for. */
    public record Corrections(Map<String, Object> body, List<String> columns, List<Integer> rows) {
    }

    /** The form as the proposal fills it: nothing corrected yet, no due date. */
    static ReviewInput proposed(FormViews.Form form) {
        Map<String, String> columns = new HashMap<>();
        form.columns().forEach(c -> columns.put(c.column(), c.indicator() == null ? "" : c.indicator()));
        Map<Integer, String> units = new HashMap<>();
        form.rows().forEach(r -> units.put(r.row(), r.unit() == null ? "" : r.unit()));
        return new ReviewInput(form.title(), form.period(), "", columns, units, Map.of());
    }

    /**
     * The form as posted: each column's box sends "C:CODE" ("C:" for not mapped), each row's box "12:CODE"
     * ("12:" to leave it out), and each row's text box after it the code typed (in the same order, since a
     * browser sends every text box, empty or not). Values that are none of these are ignored.
     */
    static ReviewInput posted(String title, String period, String dueDate, List<String> columnValues,
            List<String> unitValues, List<String> typedCodes) {
        Map<String, String> columns = new HashMap<>();
        Map<Integer, String> units = new HashMap<>();
        Map<Integer, String> codes = new HashMap<>();
        for (String value : columnValues == null ? List.<String>of() : columnValues) {
            Matcher column = COLUMN.matcher(value == null ? "" : value.trim());
            if (column.matches()) {
                columns.put(column.group(1), column.group(2));
            }
        }
        List<String> typed = typedCodes == null ? List.of() : typedCodes;
        List<String> picked = unitValues == null ? List.of() : unitValues;
        for (int i = 0; i < picked.size(); i++) {
            Matcher row = ROW.matcher(picked.get(i) == null ? "" : picked.get(i).trim());
            if (row.matches()) {
                int number = Integer.parseInt(row.group(1));
                units.put(number, row.group(2));
                if (i < typed.size() && typed.get(i) != null && !typed.get(i).isBlank()) {
                    codes.put(number, typed.get(i).trim());
                }
            }
        }
        return new ReviewInput(title, period, dueDate, columns, units, codes);
    }

    /**
     * The body of the confirmation: title, period and due date, and only the columns and rows whose choice
     * differs from the proposal (null: leave it out). A typed unit code wins over the row's box.
     */
    Corrections corrections(FormViews.Form proposal) {
        List<Map<String, Object>> columnBody = new ArrayList<>();
        List<String> columnIndex = new ArrayList<>();
        for (FormViews.Column c : proposal.columns()) {
            String chosen = columns.get(c.column());
            if (chosen != null && !chosen.equals(c.indicator() == null ? "" : c.indicator())) {
                Map<String, Object> correction = new LinkedHashMap<>();
                correction.put("column", c.column());
                correction.put("indicator", chosen.isEmpty() ? null : chosen);
                columnBody.add(correction);
                columnIndex.add(c.column());
            }
        }
        List<Map<String, Object>> rowBody = new ArrayList<>();
        List<Integer> rowIndex = new ArrayList<>();
        for (FormViews.Row r : proposal.rows()) {
            String typed = codes.getOrDefault(r.row(), "");
            String chosen = typed.isEmpty() ? units.get(r.row()) : typed;
            if (chosen != null && !chosen.equals(r.unit() == null ? "" : r.unit())) {
                Map<String, Object> correction = new LinkedHashMap<>();
                correction.put("row", r.row());
                correction.put("unit", chosen.isEmpty() ? null : chosen);
                rowBody.add(correction);
                rowIndex.add(r.row());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", blankToNull(title));
        body.put("period", blankToNull(period));
        body.put("dueDate", blankToNull(dueDate));
        body.put("columns", columnBody);
        body.put("rows", rowBody);
        return new Corrections(body, List.copyOf(columnIndex), List.copyOf(rowIndex));
    }

    public String title() {
        return Objects.requireNonNullElse(title, "");
    }

    public String period() {
        return Objects.requireNonNullElse(period, "");
    }

    public String dueDate() {
        return Objects.requireNonNullElse(dueDate, "");
    }

    /** Whether the column's box shows this indicator (empty: not mapped). */
    public boolean maps(String column, String code) {
        return columns.getOrDefault(column, "").equals(code == null ? "" : code);
    }

    /** Whether the row's box shows this unit (empty: the row left out). */
    public boolean picks(int row, String code) {
        return units.getOrDefault(row, "").equals(code == null ? "" : code);
    }

    /** The unit code typed for the row, if any. */
    public String typed(int row) {
        return codes.getOrDefault(row, "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
