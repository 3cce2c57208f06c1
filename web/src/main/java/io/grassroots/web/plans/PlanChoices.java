package io.grassroots.web.plans;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The fixed choices of the plan form, as inspection-service's enums name them. */
@TemplateGlobal
public final class PlanChoices {
    static final List<String> planKinds = List.of("SUPERVISION", "INSPECTION", "ASSESSMENT");
    static final List<String> planScopes = List.of("SPECIAL", "COMPREHENSIVE");
    static final List<String> unitLevels = List.of("TOWNSHIP", "VILLAGE", "ENTERPRISE", "SCHOOL");

    private PlanChoices() {
    }
}
