package io.grassroots.inspection.visit;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a team's result for one plan of a visit must be before it is recorded. */
final class ResultCheck {
    private ResultCheck() {
    }

    /**
     * What the record's own shape cannot say (Bean Validation on {@link ResultRequest} checked that): the
     * plan is one of the visit's and the caller's to record, once; items are due after the visit;
     * values are of the visit's materials, one per indicator and period.
     */
    static void validate(ResultRequest.PlanResult r, String field, JointVisit v, Map<UUID, VisitMember> members,
            Set<UUID> recorded, Set<UUID> inRequest, Caller caller, Violations violations) {
        // ResultRequest's @Pattern let only a UUID through.
        UUID planId = UUID.fromString(r.planId());
        if (!members.containsKey(planId)) {
            violations.add(field + ".planId", "IN_VISIT", "plan " + r.planId() + " is not one of this visit's plans");
        } else if (!caller.department().equals(members.get(planId).departmentId)
                && !caller.department().equals(v.leadDepartment)) {
            violations.add(field + ".planId", "OWN_PLAN", "only the plan's own department or the lead "
                    + v.leadDepartment + " records its result");
        } else if (recorded.contains(planId) || !inRequest.add(planId)) {
            violations.add(field + ".planId", "ONCE", "the result of plan " + planId + " is recorded already");
        }
        List<ResultRequest.Rectification> rectifications = nullToEmpty(r.rectifications());
        for (int i = 0; i < rectifications.size(); i++) {
            if (!rectifications.get(i).dueDate().isAfter(v.date)) {
                violations.add(field + ".rectifications[" + i + "].dueDate", "AFTER_VISIT",
                        "a rectification is due after the visit on " + v.date);
            }
        }
        List<String> materials = v.materials;
        List<ResultRequest.IndicatorValue> values = nullToEmpty(r.indicatorValues());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            ResultRequest.IndicatorValue x = values.get(i);
            String f = field + ".indicatorValues[" + i + "]";
            if (!materials.contains(x.indicator())) {
                violations.add(f + ".indicator", "KNOWN_INDICATOR", "indicator " + x.indicator()
                        + " is not among the visit's materials " + materials);
            }
            if (!seen.add(x.indicator() + "|" + x.period())) {
                violations.add(f, "UNIQUE", x.indicator() + " for " + x.period() + " is given twice");
            }
        }
    }

    static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
