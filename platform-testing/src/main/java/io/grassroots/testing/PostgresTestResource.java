package io.grassroots.testing;

import io.grassroots.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh database of its own for each test run on the real PostgreSQL server, dropped afterwards,
 * so tests never touch the local stack's data. With no server reachable the configuration is left
 * empty, and Quarkus Dev Services (Testcontainers) supplies one where Docker exists.
 * Init arg {@code database}: the name prefix, e.g. {@code inspection}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private final PostgresServer server = PostgresServer.fromEnvironment();
    private String prefix = "service";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
    }

    @Override
    public Map<String, String> start() {
        if (!server.isReachable()) {
            return Map.of();
        }
        database = (prefix + "_test_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        server.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }
}
