package io.grassroots.web.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of a list on the policy form, its inputs named as the API names the fields ({@code quotas[0].cut}). */
public record PolicyRow(String list, int index, Map<String, String> values) {
    public String name(String part) {
        return list + "[" + index + "]." + part;
    }

    public String value(String part) {
        String v = values.get(part);
        return v == null ? "" : v;
    }

    public int number() {
        return index + 1;
    }

    /** The rows with blank ones after them, so that a row is added without script. */
    static List<PolicyRow> withBlanks(List<PolicyRow> rows, String list) {
        for (int i = 0; i < PolicyForm.BLANK_ROWS; i++) {
            rows.add(new PolicyRow(list, rows.size(), Map.of()));
        }
        return rows;
    }

    /** A filled row from its parts and values (part, value, part, value, …), leaving out absent values. */
    static PolicyRow of(String list, int index, String... partsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < partsAndValues.length; i += 2) {
            if (partsAndValues[i + 1] != null) {
                values.put(partsAndValues[i], partsAndValues[i + 1]);
            }
        }
        return new PolicyRow(list, index, values);
    }
}
