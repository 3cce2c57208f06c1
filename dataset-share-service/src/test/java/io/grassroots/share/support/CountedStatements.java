package io.grassroots.share.support;

import io.grassroots.testing.CountingDriver;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service with every statement counted at the JDBC driver ({@link CountingDriver}): one profile for
 * every test that counts, so that Quarkus starts the counted service once for all of them.
 */
public class CountedStatements implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.driver", CountingDriver.class.getName());
    }
}
