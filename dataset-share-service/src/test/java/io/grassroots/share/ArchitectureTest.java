package io.grassroots.share;

import io.grassroots.testing.HouseRules;
import org.junit.jupiter.api.Test;

/** dataset-share-service keeps the house rules of ARCHITECTURE.md (plain JUnit over the compiled classes). */
class ArchitectureTest {
    private static final HouseRules RULES = HouseRules.of("io.grassroots.share");

    @Test
    void noFeaturePackageDependsBackOnAnotherThatDependsOnIt() {
        RULES.featuresAreFreeOfCycles();
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServicesAndQueries() {
        RULES.resourcesDoNotReachTheDatabase();
    }

    @Test
    void theFormLayoutDetectionIsPlainJava() {
        RULES.domainIsPure("form.mapping");
    }
}
