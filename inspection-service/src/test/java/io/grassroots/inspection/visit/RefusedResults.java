package io.grassroots.inspection.visit;

import static io.grassroots.inspection.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

/** Results a confirmed visit refuses field by field: malformed ones first, then what the visit says of the rest. */
final class RefusedResults {
    private RefusedResults() {
    }

    /**
     * Posts refused results as the team: ownPlan is the team's plan in the visit, othersPlan another team's
     * plan in it. Each answer is a 400 naming the fields and rules; the caller checks that nothing changed.
     */
    static void assertRefused(String team, String visitId, String ownPlan, String othersPlan) {
        // The shape of each field first (a rating out of range, a period that is none), with the rule it breaks.
        as(team).body(Map.of("results", List.of(
                Map.of("planId", "00000000-0000-0000-0000-000000000000", "findings", "x", "rating", 3),
                Map.of("planId", ownPlan, "findings", "x", "rating", 6, "indicatorValues",
                        List.of(Map.of("indicator", "POPULATION", "period", "2026", "value", 5),
                                Map.of("indicator", "FIRE_INSPECTIONS_PASSED", "period", "Spring", "value", 5))))))
                .post("/api/visits/" + visitId + "/results").then().statusCode(400)
                .body("violations.field", contains("results[1].indicatorValues[1].period", "results[1].rating"))
                .body("violations.rule", contains("FORMAT", "RANGE"));
        // Then what the visit says of well-formed results: not its plan, not its material, due too early.
        as(team).body(Map.of("results", List.of(
                Map.of("planId", "00000000-0000-0000-0000-000000000000", "findings", "x", "rating", 3),
                Map.of("planId", ownPlan, "findings", "x", "rating", 4, "indicatorValues",
                        List.of(Map.of("indicator", "POPULATION", "period", "2026", "value", 5)),
                        "rectifications", List.of(Map.of("item", "更换灭火器", "dueDate", "2026-01-01"))))))
                .post("/api/visits/" + visitId + "/results").then().statusCode(400)
                .body("violations.field", hasItem("results[0].planId"))
                .body("violations.field", hasItem("results[1].indicatorValues[0].indicator"))
                .body("violations.field", hasItem("results[1].rectifications[0].dueDate"));
        as(team).body(Map.of("results", List.of(Map.of("planId", othersPlan, "findings", "x", "rating", 3))))
                .post("/api/visits/" + visitId + "/results").then().statusCode(400)
                .body("violations[0].rule", equalTo("OWN_PLAN"));
    }
}
