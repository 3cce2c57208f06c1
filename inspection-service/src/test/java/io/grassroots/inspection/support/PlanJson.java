package io.grassroots.inspection.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A valid plan request body for tests, with fields changed or removed one at a time. */
public final class PlanJson {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PlanJson() {
        fields.put("year", 2026);
        fields.put("title", "2026年安全生产专项检查");
        fields.put("kind", "INSPECTION");
        fields.put("scope", "SPECIAL");
        fields.put("category", "WORK_SAFETY");
        fields.put("targets", List.of("450102001", "450102002"));
        fields.put("windowStart", "2026-04-01");
        fields.put("windowEnd", "2026-04-30");
        fields.put("onSiteDays", 1);
        fields.put("teamSize", 3);
        fields.put("materials", List.of("SAFETY_INCIDENTS", "FIRE_INSPECTIONS_PASSED"));
        fields.put("mandate", "桂安委〔2026〕1号");
    }

    public static PlanJson valid() {
        return new PlanJson();
    }

    public PlanJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public PlanJson without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }
}
