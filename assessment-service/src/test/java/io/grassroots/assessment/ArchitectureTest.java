package io.grassroots.assessment;

import io.grassroots.testing.HouseRules;
import org.junit.jupiter.api.Test;

/** assessment-service held to the house rules: no package cycles, resources off the database, pure arithmetic. */
class ArchitectureTest {
    private static final HouseRules HOUSE = HouseRules.of("io.grassroots.assessment");

    @Test
    void featuresAreFreeOfCycles() {
        HOUSE.featuresAreFreeOfCycles();
    }

    @Test
    void resourcesDoNotReachTheDatabase() {
        HOUSE.resourcesDoNotReachTheDatabase();
    }

    @Test
    void arithmeticIsPure() {
        // The ledger's and the score card's formulas are published so anyone can recompute a figure.
        HOUSE.domainIsPure("ledger.arithmetic", "score.arithmetic");
    }
}
