package io.grassroots.share.form;

import java.util.Map;
import java.util.TreeMap;

/** The confirmed mapping of a form: column index to indicator code, row index to unit code (0-based). */
public record FormMapping(TreeMap<Integer, String> columns, TreeMap<Integer, String> rows) {
    public FormMapping {
        columns = new TreeMap<>(columns);
        rows = new TreeMap<>(rows);
    }

    public static FormMapping of(Map<Integer, String> columns, Map<Integer, String> rows) {
        return new FormMapping(new TreeMap<>(columns), new TreeMap<>(rows));
    }
}
