package io.grassroots.gateway;

import io.grassroots.testing.HouseRulesTest;

/** gateway keeps the house rules of ARCHITECTURE.md. */
class ArchitectureTest extends HouseRulesTest {
    ArchitectureTest() {
        super("io.grassroots.gateway");
    }
}
