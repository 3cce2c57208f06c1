package io.grassroots.inspection.plan;

import io.grassroots.inspection.directory.CategoryRepository;
import io.grassroots.inspection.directory.PlacementDirectoryQuery.CategoryGroup;
import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.inspection.directory.UnitRepository;
import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Turns a department's plan request into a plan's fields, its targets resolved from the directory. */
@ApplicationScoped
class PlanDrafts {
    @Inject
    CategoryRepository categories;
    @Inject
    UnitRepository units;
    @Inject
    RegionRepository regions;

    /**
     * Checks what spans the request's fields, resolves its targets and copies it onto the plan; nothing is saved
     * on failure. The plan's category comes back with its group.
     */
    CategoryGroup apply(Plan plan, PlanRequest request) {
        Violations v = new Violations();
        PlanValidator.validate(request, v);
        CategoryGroup category = categories.group(request.category()).orElse(null);
        if (category == null) {
            v.add("category", "EXISTS", "category " + request.category() + " is unknown; see /api/categories");
        }
        Set<String> targets = v.isEmpty() ? resolveTargets(request, v) : Set.of();
        v.throwIfAny();
        plan.year = request.year();
        plan.title = request.title().trim();
        plan.kind = request.kind();
        plan.scope = request.scope();
        plan.categoryCode = category.categoryCode();
        plan.targetSelector = request.targetSelector();
        plan.targetUnits.clear();
        plan.targetUnits.addAll(targets);
        plan.targetCount = targets.size();
        plan.windowStart = request.windowStart();
        plan.windowEnd = request.windowEnd();
        plan.onSiteDays = request.onSiteDays() == null ? 1 : request.onSiteDays();
        plan.teamSize = request.teamSize();
        plan.materials = request.materials() == null ? new ArrayList<>() : new ArrayList<>(request.materials());
        plan.mandate = blankToNull(request.mandate());
        plan.vetoItem = blankToNull(request.vetoItem());
        return category;
    }

    private Set<String> resolveTargets(PlanRequest request, Violations v) {
        Set<String> resolved = new TreeSet<>();
        if (request.targets() != null && !request.targets().isEmpty()) {
            Set<String> known = units.existing(request.targets());
            for (int i = 0; i < request.targets().size(); i++) {
                String code = request.targets().get(i);
                if (!known.contains(code)) {
                    v.add("targets[" + i + "]", "EXISTS", "unit " + code + " is not in the directory");
                }
            }
            resolved.addAll(known);
        }
        TargetSelector selector = request.targetSelector();
        if (selector != null) {
            String under = selector.under();
            if (!regions.exists(under) && units.findById(under) == null) {
                v.add("targetSelector.under", "EXISTS", under + " is neither a region nor a unit in the directory");
            } else {
                List<String> matched = units.codesUnder(under, selector.level());
                if (matched.isEmpty()) {
                    v.add("targetSelector", "EMPTY", "no " + (selector.level() == null ? "unit"
                            : selector.level().toLowerCase()) + " lies under " + under);
                }
                resolved.addAll(matched);
            }
        }
        return resolved;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
