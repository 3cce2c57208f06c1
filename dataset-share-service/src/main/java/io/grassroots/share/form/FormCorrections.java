package io.grassroots.share.form;

import io.grassroots.platform.web.Violations;
import io.grassroots.share.catalog.IndicatorCache;
import io.grassroots.share.directory.DirectoryCache;
import io.grassroots.share.form.mapping.Layout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applies a department's corrections to the proposed mapping and checks the result: known columns and
 * rows, existing indicators, units of the region, no indicator in two columns, no unit in two rows.
 * Problems name the form's cells as Excel does: columns[C].indicator, rows[12].unit.
 */
@ApplicationScoped
class FormCorrections {
    private static final Pattern INDEXED = Pattern.compile("(indicators|units)\\[(\\d+)](.*)");

    @Inject
    IndicatorCache indicators;
    @Inject
    DirectoryCache directory;

    FormMapping apply(Layout layout, FormConfirmation input, String region) {
        Violations v = new Violations();
        Map<Integer, String> columns = new TreeMap<>();
        layout.columns().stream().filter(c -> c.indicator() != null)
                .forEach(c -> columns.put(c.index(), c.indicator()));
        Set<Integer> known = layout.columns().stream().map(Layout.Column::index).collect(Collectors.toSet());
        List<FormConfirmation.ColumnChoice> columnChoices = input.columns() == null ? List.of() : input.columns();
        for (int i = 0; i < columnChoices.size() && i < 1000; i++) {
            FormConfirmation.ColumnChoice choice = columnChoices.get(i);
            int index = choice == null ? -1 : Layout.column(choice.column());
            if (!known.contains(index)) {
                v.add("columns[" + i + "].column", "EXISTS", "column " + (choice == null ? null : choice.column())
                        + " is not a column of the form's table");
            } else if (choice.indicator() == null) {
                columns.remove(index);
            } else if (indicators.indicators(List.of(choice.indicator())).isEmpty()) {
                v.add("columns[" + Layout.letters(index) + "].indicator", "EXISTS", "indicator " + choice.indicator()
                        + " is not in the catalog");
            } else {
                columns.put(index, choice.indicator());
            }
        }
        Map<Integer, String> rows = new TreeMap<>();
        layout.rows().stream().filter(r -> r.unit() != null).forEach(r -> rows.put(r.row(), r.unit()));
        Set<Integer> dataRows = layout.rows().stream().map(Layout.Row::row).collect(Collectors.toSet());
        List<FormConfirmation.RowChoice> rowChoices = input.rows() == null ? List.of() : input.rows();
        for (int i = 0; i < rowChoices.size() && i < 100_000; i++) {
            FormConfirmation.RowChoice choice = rowChoices.get(i);
            int index = choice == null || choice.row() == null ? -1 : choice.row() - 1;
            String field = "rows[" + (index + 1) + "].unit";
            if (!dataRows.contains(index)) {
                v.add("rows[" + i + "].row", "EXISTS", "row " + (choice == null ? null : choice.row())
                        + " is not a data row of the form");
            } else if (choice.unit() == null) {
                rows.remove(index);
            } else if (!directory.unitExists(choice.unit())) {
                v.add(field, "EXISTS", "unit " + choice.unit() + " is not in the directory");
            } else if (!choice.unit().startsWith(region)) {
                v.add(field, "TARGET_IN_REGION", "unit " + choice.unit() + " lies outside your region " + region);
            } else {
                rows.put(index, choice.unit());
            }
        }
        twice(columns, v, "columns[%s].indicator", Layout::letters, "columns");
        twice(rows, v, "rows[%s].unit", r -> String.valueOf(r + 1), "rows");
        if (columns.isEmpty()) {
            v.add("columns", "REQUIRED", "map at least one column to an indicator");
        }
        if (rows.isEmpty()) {
            v.add("rows", "REQUIRED", "at least one row must name a unit of your region");
        }
        v.throwIfAny();
        return FormMapping.of(columns, rows);
    }

    /** A request problem's field in the form's terms: indicators[2] is the third mapped column. */
    String formField(String field, FormMapping mapping) {
        Matcher m = INDEXED.matcher(field);
        if (!m.matches()) {
            return field.equals("indicators") ? "columns" : field.equals("units") ? "rows" : field;
        }
        int i = Integer.parseInt(m.group(2));
        List<Integer> keys = new ArrayList<>(m.group(1).equals("indicators") ? mapping.columns().keySet()
                : mapping.rows().keySet());
        if (i >= keys.size()) {
            return field;
        }
        return m.group(1).equals("indicators") ? "columns[" + Layout.letters(keys.get(i)) + "].indicator"
                : "rows[" + (keys.get(i) + 1) + "].unit";
    }

    /** Names each cell after the first whose value another one already has. */
    private static void twice(Map<Integer, String> map, Violations v, String field,
            java.util.function.IntFunction<String> name, String what) {
        Map<String, Integer> first = new HashMap<>();
        map.forEach((index, value) -> {
            Integer earlier = first.putIfAbsent(value, index);
            if (earlier != null) {
                v.add(String.format(field, name.apply(index)), "UNIQUE", value + " is in " + what + " "
                        + name.apply(earlier) + " and " + name.apply(index));
            }
        });
    }
}
