package io.grassroots.inspection;

import io.grassroots.testing.HouseRules;
import org.junit.jupiter.api.Test;

/** inspection-service keeps the house rules of ARCHITECTURE.md (plain JUnit over the compiled classes). */
class ArchitectureTest {
    private static final HouseRules RULES = HouseRules.of("io.grassroots.inspection");

    @Test
    void noFeaturePackageDependsBackOnAnotherThatDependsOnIt() {
        RULES.featuresAreFreeOfCycles();
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServicesAndQueries() {
        RULES.resourcesDoNotReachTheDatabase();
    }

    @Test
    void theMergeEngineAndThePlanRulesArePlainJava() {
        RULES.domainIsPure("merge", "rules");
    }
}
