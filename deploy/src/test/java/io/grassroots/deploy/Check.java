package io.grassroots.deploy;

import java.util.List;
import java.util.Map;

/** Typed views of parsed JSON values, for checks over answers read with JsonPath. */
final class Check {
    private Check() {
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
