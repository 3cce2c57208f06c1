package io.grassroots.inspection;

import io.grassroots.testing.HouseRulesTest;

/** inspection-service keeps the house rules of ARCHITECTURE.md; the merge engine and the plan rules are its pure domain. */
class ArchitectureTest extends HouseRulesTest {
    ArchitectureTest() {
        super("io.grassroots.inspection", "merge", "rules");
    }
}
