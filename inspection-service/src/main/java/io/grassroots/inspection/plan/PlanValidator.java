package io.grassroots.inspection.plan;

import io.grassroots.platform.web.Violations;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What spans the fields of a plan request whose fields are each well formed (Bean Validation on
 * {@link PlanRequest} checked those): the window's order and year, the on-site days within it, targets
 * or a selector, and no code listed twice.
 */
final class PlanValidator {
    static final String UNIT_CODE = "[0-9]{9}|[0-9]{12}";
    private static final Set<String> SELECTOR_LEVELS = Set.of("TOWNSHIP", "VILLAGE", "ENTERPRISE", "SCHOOL");

    private PlanValidator() {
    }

    static void validate(PlanRequest r, Violations v) {
        if (r.windowEnd().isBefore(r.windowStart())) {
            v.add("windowEnd", "WINDOW_ORDER", "the window ends " + r.windowEnd() + " before it starts "
                    + r.windowStart());
        } else if (r.onSiteDays() != null
                && r.onSiteDays() > ChronoUnit.DAYS.between(r.windowStart(), r.windowEnd()) + 1) {
            v.add("onSiteDays", "RANGE", r.onSiteDays() + " on-site days do not fit the window of "
                    + (ChronoUnit.DAYS.between(r.windowStart(), r.windowEnd()) + 1) + " day(s)");
        }
        if (r.windowStart().getYear() != r.year() || r.windowEnd().getYear() != r.year()) {
            v.add("windowStart", "YEAR", "the window " + r.windowStart() + ".." + r.windowEnd()
                    + " must lie within the plan year " + r.year());
        }
        if ((r.targets() == null || r.targets().isEmpty()) && r.targetSelector() == null) {
            v.add("targets", "REQUIRED", "name the targets as unit codes (targets) or by a targetSelector");
        }
        unique("targets", r.targets(), v);
        unique("materials", r.materials(), v);
        if (r.targetSelector() != null && r.targetSelector().level() != null
                && !SELECTOR_LEVELS.contains(r.targetSelector().level())) {
            v.add("targetSelector.level", "ENUM", "level must be one of " + SELECTOR_LEVELS);
        }
    }

    private static void unique(String field, List<String> codes, Violations v) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; codes != null && i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                v.add(field + "[" + i + "]", "UNIQUE", codes.get(i) + " is listed twice");
            }
        }
    }
}
