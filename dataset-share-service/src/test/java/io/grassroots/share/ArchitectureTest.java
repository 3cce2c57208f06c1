package io.grassroots.share;

import io.grassroots.testing.HouseRulesTest;

/** dataset-share-service keeps the house rules of ARCHITECTURE.md; the form mapping engine is its pure domain. */
class ArchitectureTest extends HouseRulesTest {
    ArchitectureTest() {
        super("io.grassroots.share", "form.mapping");
    }
}
