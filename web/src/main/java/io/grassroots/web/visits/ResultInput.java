package io.grassroots.web.visits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result form as typed: one plan's findings, rating, rectification rows and indicator rows, every
 * value a string so the form shows back exactly what was sent. Rows left wholly blank are not sent,
 * so a spare row never becomes an error; {@link #sentRectifications()} and {@link #sentIndicators()}
 * say which form row each sent item came from, so the API's {@code rectifications[i]} lands on its row.
 */
public record ResultInput(String planId, String findings, String rating, List<Rectification> rectifications,
        List<IndicatorRow> indicators) {
    /** At most this many rows of each kind: a result is a page, not a spreadsheet. */
    static final int MAX_ROWS = 30;

    /** One rectification row. */
    public record Rectification(String item, String dueDate) {
        boolean blank() {
            return isBlank(item) && isBlank(dueDate);
        }
    }

    /** One indicator row. */
    public record IndicatorRow(String indicator, String period, String value) {
        boolean blank() {
            return isBlank(indicator) && isBlank(period) && isBlank(value);
        }
    }

    /** A fresh form for the plan: one empty row of each kind, ready to fill. */
    static ResultInput blank(String planId, String defaultPeriod) {
        return new ResultInput(planId, "", "", List.of(new Rectification("", "")),
                List.of(new IndicatorRow("", defaultPeriod, "")));
    }

    /** The form as posted; lists of unequal length (a tampered form) are padded with blanks. */
    static ResultInput posted(String planId, String findings, String rating, List<String> items,
            List<String> dueDates, List<String> indicators, List<String> periods, List<String> values) {
        List<Rectification> rect = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_ROWS, Math.max(size(items), size(dueDates))); i++) {
            rect.add(new Rectification(at(items, i), at(dueDates, i)));
        }
        List<IndicatorRow> ind = new ArrayList<>();
        int rows = Math.max(size(indicators), Math.max(size(periods), size(values)));
        for (int i = 0; i < Math.min(MAX_ROWS, rows); i++) {
            ind.add(new IndicatorRow(at(indicators, i), at(periods, i), at(values, i)));
        }
        return new ResultInput(nz(planId), nz(findings), nz(rating), List.copyOf(rect), List.copyOf(ind));
    }

    ResultInput withRectification() {
        List<Rectification> rows = new ArrayList<>(rectifications);
        if (rows.size() < MAX_ROWS) {
            rows.add(new Rectification("", ""));
        }
        return new ResultInput(planId, findings, rating, List.copyOf(rows), indicators);
    }

    ResultInput withIndicator(String defaultPeriod) {
        List<IndicatorRow> rows = new ArrayList<>(indicators);
        if (rows.size() < MAX_ROWS) {
            rows.add(new IndicatorRow("", defaultPeriod, ""));
        }
        return new ResultInput(planId, findings, rating, rectifications, List.copyOf(rows));
    }

    ResultInput withoutRectification(int row) {
        List<Rectification> rows = new ArrayList<>(rectifications);
        if (row >= 0 && row < rows.size()) {
            rows.remove(row);
        }
        return new ResultInput(planId, findings, rating, List.copyOf(rows), indicators);
    }

    ResultInput withoutIndicator(int row) {
        List<IndicatorRow> rows = new ArrayList<>(indicators);
        if (row >= 0 && row < rows.size()) {
            rows.remove(row);
        }
        return new ResultInput(planId, findings, rating, rectifications, List.copyOf(rows));
    }

    /** The form rows that are sent, in order: the API's index i is the form's row sentRectifications().get(i). */
    List<Integer> sentRectifications() {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < rectifications.size(); i++) {
            if (!rectifications.get(i).blank()) {
                sent.add(i);
            }
        }
        return sent;
    }

    List<Integer> sentIndicators() {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (!indicators.get(i).blank()) {
                sent.add(i);
            }
        }
        return sent;
    }

    /**
     * The JSON body (inspection-service's ResultRequest) with this plan's one result. A number that is
     * not one is sent as typed, so that the API names the field: the console shows the API's rules.
     */
    Map<String, Object> body() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("planId", blankToNull(planId));
        result.put("findings", blankToNull(findings));
        result.put("rating", integer(rating));
        List<Map<String, Object>> rect = new ArrayList<>();
        for (int row : sentRectifications()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("item", blankToNull(rectifications.get(row).item()));
            r.put("dueDate", blankToNull(rectifications.get(row).dueDate()));
            rect.add(r);
        }
        result.put("rectifications", rect);
        List<Map<String, Object>> values = new ArrayList<>();
        for (int row : sentIndicators()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("indicator", blankToNull(indicators.get(row).indicator()));
            v.put("period", blankToNull(indicators.get(row).period()));
            v.put("value", number(indicators.get(row).value()));
            values.add(v);
        }
        result.put("indicatorValues", values);
        return Map.of("results", List.of(result));
    }

    private static Object number(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }

    private static Object integer(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.trim();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
