package io.grassroots.gateway;

import io.grassroots.testing.HouseRules;
import org.junit.jupiter.api.Test;

/** The gateway keeps the house rules of ARCHITECTURE.md (it has no pure domain to hold apart). */
class ArchitectureTest {
    private static final HouseRules HOUSE = HouseRules.of("io.grassroots.gateway");

    @Test
    void noFeaturePackageDependsBackOnAnotherThatDependsOnIt() {
        HOUSE.featuresAreFreeOfCycles();
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServicesAndQueries() {
        HOUSE.resourcesDoNotReachTheDatabase();
    }
}
