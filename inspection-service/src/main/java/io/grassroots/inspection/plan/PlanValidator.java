package io.grassroots.inspection.plan;

import io.grassroots.platform.web.Violations;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the shape of a plan request: required fields, formats, ranges and window order. */
final class PlanValidator {
    static final Pattern UNIT_CODE = Pattern.compile("[0-9]{9}|[0-9]{12}");
    private static final Pattern MATERIAL = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final Set<String> SELECTOR_LEVELS = Set.of("TOWNSHIP", "VILLAGE", "ENTERPRISE", "SCHOOL");

    private PlanValidator() {
    }

    static void validate(PlanRequest r, Violations v) {
        v.required("year", r.year());
        v.range("year", r.year(), 2000, 2100);
        if (v.required("title", r.title())) {
            v.maxLength("title", r.title(), 200);
        }
        v.required("kind", r.kind());
        v.required("scope", r.scope());
        v.required("category", r.category());
        boolean start = v.required("windowStart", r.windowStart());
        boolean end = v.required("windowEnd", r.windowEnd());
        if (start && end && r.windowEnd().isBefore(r.windowStart())) {
            v.add("windowEnd", "WINDOW_ORDER", "the window ends " + r.windowEnd() + " before it starts "
                    + r.windowStart());
        }
        if (start && end && r.year() != null
                && (r.windowStart().getYear() != r.year() || r.windowEnd().getYear() != r.year())) {
            v.add("windowStart", "YEAR", "the window " + r.windowStart() + ".." + r.windowEnd()
                    + " must lie within the plan year " + r.year());
        }
        v.range("onSiteDays", r.onSiteDays(), 1, 30);
        if (start && end && r.onSiteDays() != null && !r.windowEnd().isBefore(r.windowStart())
                && r.onSiteDays() > ChronoUnit.DAYS.between(r.windowStart(), r.windowEnd()) + 1) {
            v.add("onSiteDays", "RANGE", r.onSiteDays() + " on-site days do not fit the window of "
                    + (ChronoUnit.DAYS.between(r.windowStart(), r.windowEnd()) + 1) + " day(s)");
        }
        if (v.required("teamSize", r.teamSize())) {
            v.range("teamSize", r.teamSize(), 1, 50);
        }
        validateTargets(r, v);
        validateMaterials(r.materials(), v);
        v.maxLength("mandate", r.mandate(), 500);
        v.maxLength("vetoItem", r.vetoItem(), 200);
    }

    private static void validateTargets(PlanRequest r, Violations v) {
        List<String> targets = r.targets();
        if ((targets == null || targets.isEmpty()) && r.targetSelector() == null) {
            v.add("targets", "REQUIRED", "name the targets as unit codes (targets) or by a targetSelector");
            return;
        }
        if (targets != null) {
            if (targets.size() > 50_000) {
                v.add("targets", "MAX_SIZE", "at most 50000 targets; use a targetSelector for whole regions");
                return;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < targets.size(); i++) {
                String code = targets.get(i);
                if (code == null || !UNIT_CODE.matcher(code).matches()) {
                    v.add("targets[" + i + "]", "FORMAT", "'" + code + "' is not a 9- or 12-digit unit code");
                } else if (!seen.add(code)) {
                    v.add("targets[" + i + "]", "UNIQUE", code + " is listed twice");
                }
            }
        }
        TargetSelector s = r.targetSelector();
        if (s != null) {
            v.required("targetSelector.under", s.under());
            if (s.level() != null && !SELECTOR_LEVELS.contains(s.level())) {
                v.add("targetSelector.level", "ENUM", "level must be one of " + SELECTOR_LEVELS);
            }
        }
    }

    private static void validateMaterials(List<String> materials, Violations v) {
        if (materials == null) {
            return;
        }
        if (materials.size() > 100) {
            v.add("materials", "MAX_SIZE", "at most 100 materials, was " + materials.size());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            String m = materials.get(i);
            if (m == null || !MATERIAL.matcher(m).matches()) {
                v.add("materials[" + i + "]", "FORMAT", "'" + m + "' is not an indicator code like POPULATION");
            } else if (!seen.add(m)) {
                v.add("materials[" + i + "]", "UNIQUE", m + " is listed twice");
            }
        }
    }
}
