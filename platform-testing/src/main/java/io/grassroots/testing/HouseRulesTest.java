package io.grassroots.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Each application's architecture test: a subclass names its root package and its pure domain, and
 * inherits the checks of ARCHITECTURE.md's house rules (plain JUnit over the compiled classes).
 */
public abstract class HouseRulesTest {
    private final HouseRules rules;
    private final String[] pureDomain;

    protected HouseRulesTest(String root, String... pureDomain) {
        this.rules = HouseRules.of(root);
        this.pureDomain = pureDomain;
    }

    @Test
    void noFeaturePackageDependsBackOnAnotherThatDependsOnIt() {
        rules.featuresAreFreeOfCycles();
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServicesAndQueries() {
        rules.resourcesDoNotReachTheDatabase();
    }

    @Test
    void thePureDomainImportsNoFramework() {
        Assumptions.assumeTrue(pureDomain.length > 0, "this application has no pure domain");
        rules.domainIsPure(pureDomain);
    }
}
