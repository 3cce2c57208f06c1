package io.grassroots.gateway;

import io.grassroots.testing.HouseRules;
import org.junit.jupiter.api.Test;

/** The gateway held to the house rules: no package cycles, and resources never reach the database. */
class ArchitectureTest {
    private static final HouseRules HOUSE = HouseRules.of("io.grassroots.gateway");

    @Test
    void featuresAreFreeOfCycles() {
        HOUSE.featuresAreFreeOfCycles();
    }

    @Test
    void resourcesDoNotReachTheDatabase() {
        HOUSE.resourcesDoNotReachTheDatabase();
    }
}
