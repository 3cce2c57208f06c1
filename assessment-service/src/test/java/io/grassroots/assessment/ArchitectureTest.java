package io.grassroots.assessment;

import io.grassroots.testing.HouseRulesTest;

/** assessment-service keeps the house rules of ARCHITECTURE.md; the ledger's and the score's arithmetic are its pure domain. */
class ArchitectureTest extends HouseRulesTest {
    ArchitectureTest() {
        super("io.grassroots.assessment", "ledger.arithmetic", "score.arithmetic");
    }
}
