package io.grassroots.assessment;

import io.grassroots.testing.HouseRules;
import org.junit.jupiter.api.Test;

/** assessment-service keeps the house rules of ARCHITECTURE.md (plain JUnit over the compiled classes). */
class ArchitectureTest {
    private static final HouseRules HOUSE = HouseRules.of("io.grassroots.assessment");

    @Test
    void noFeaturePackageDependsBackOnAnotherThatDependsOnIt() {
        HOUSE.featuresAreFreeOfCycles();
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServicesAndQueries() {
        HOUSE.resourcesDoNotReachTheDatabase();
    }

    @Test
    void theLedgerAndScoreArithmeticArePlainJava() {
        // The ledger's and the score card's formulas are published so anyone can recompute a figure.
        HOUSE.domainIsPure("ledger.arithmetic", "score.arithmetic");
    }
}
