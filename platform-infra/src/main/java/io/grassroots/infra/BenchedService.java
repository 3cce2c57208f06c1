package io.grassroots.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One packaged service on a fresh database and a broker of its own, as a single-service benchmark runs
 * it; closing it stops the service and the broker and drops the database (BENCH_KEEP_DATABASE=true
 * leaves the database for a look at its plans and sizes afterwards).
 */
public final class BenchedService implements AutoCloseable {
    private final PostgresServer postgres;
    private final String database;
    private final SigningKeys keys;
    private final int port;
    private KafkaBroker broker;
    private Process process;

    private BenchedService(PostgresServer postgres, String database, Path work) {
        this.postgres = postgres;
        this.database = database;
        keys = SigningKeys.loadOrCreate(work.resolve("keys"));
        port = KafkaBroker.freePort();
    }

    /**
     * Starts {@code module}'s packaged application below {@code root} on a fresh {@code database} of the
     * environment's PostgreSQL server, whose JDBC URL it is given in the environment variable {@code dbUrlVariable}.
     */
    public static BenchedService start(Path root, String module, String dbUrlVariable, String database)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(module + "-bench-");
        PostgresServer postgres = PostgresServer.fromEnvironment();
        postgres.dropDatabase(database);
        postgres.ensureDatabase(database);
        BenchedService bench = new BenchedService(postgres, database, work);
        try {
            bench.broker = KafkaBroker.onFreePorts(work.resolve("kafka")).start();
            bench.process = PackagedService.start(root.resolve(module + "/target/quarkus-app/quarkus-run.jar"),
                    work.resolve("service.log"), bench.port, Map.of("KAFKA_BOOTSTRAP_SERVERS",
                            bench.broker.bootstrapServers(), dbUrlVariable, postgres.jdbcUrl(database),
                            "PLATFORM_JWT_PUBLIC_KEY",
                            work.resolve("keys").resolve(SigningKeys.PUBLIC_FILE).toString()));
            return bench;
        } catch (IOException | InterruptedException | RuntimeException e) {
            bench.close();
            throw e;
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The keys the service trusts, to mint its callers' tokens. */
    public TokenMinter minter() {
        return new TokenMinter(keys);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (process != null) {
                process.destroy();
                process.waitFor();
            }
            if (broker != null) {
                broker.close();
            }
        } finally {
            if (!Boolean.parseBoolean(System.getenv("BENCH_KEEP_DATABASE"))) {
                postgres.dropDatabase(database);
            }
        }
    }
}
