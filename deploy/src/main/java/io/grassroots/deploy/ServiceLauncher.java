package io.grassroots.deploy;

import io.grassroots.infra.KafkaBroker;
import io.grassroots.infra.PostgresServer;
import io.grassroots.infra.SigningKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Makes the stack's application processes: each one's jar, its log and its environment. */
final class ServiceLauncher {
    static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path root;
    private final StackLayout layout;
    /** LocalStack's current server (a test may move it to a promoted standby). */
    private final Supplier<PostgresServer> postgres;
    /** A database's JDBC URL as the applications get it (one host, or several with targetServerType). */
    private final Function<String, String> jdbcUrl;
    private final StackInstances instances;
    private final String bootstrap;
    private final String adminPassword;
    /** LocalStack's settings by module, read as each process is made. */
    private final Map<String, Map<String, String>> settings;

    ServiceLauncher(Path root, StackLayout layout, Supplier<PostgresServer> postgres, Function<String, String> jdbcUrl,
            StackInstances instances, String bootstrap, String adminPassword,
            Map<String, Map<String, String>> settings) {
        this.root = root;
        this.layout = layout;
        this.postgres = postgres;
        this.jdbcUrl = jdbcUrl;
        this.instances = instances;
        this.bootstrap = bootstrap;
        this.adminPassword = adminPassword;
        this.settings = settings;
    }

    /**
     * An application's process with its environment: its database, the broker, the keys, and overrides;
     * named (in the stack and its log) by logName.
     */
    ServiceProcess process(Service service, int port, String database, String logName, Map<String, String> overrides) {
        Path keyDirectory = layout.state().resolve("keys");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("PLATFORM_JWT_PUBLIC_KEY", keyDirectory.resolve(SigningKeys.PUBLIC_FILE).toString());
        if (service.hasDatabase()) {
            env.put(service.dbUrlVariable(), jdbcUrl.apply(database));
            env.put("PGUSER", postgres.get().user());
            env.put("PGPASSWORD", postgres.get().password());
        }
        if (Service.GATEWAY.equals(service.module())) {
            env.put("PLATFORM_JWT_KEY_DIR", keyDirectory.toString());
            env.put("PLATFORM_ADMIN_PASSWORD", adminPassword);
            env.put("INSPECTION_URL", instances.urls(Service.INSPECTION));
            env.put("DATASET_SHARE_URL", instances.urls(Service.SHARE));
            env.put("ASSESSMENT_URL", instances.urls(Service.ASSESSMENT));
            env.put("WEB_URL", instances.urls(Service.WEB));
        }
        if (Service.WEB.equals(service.module())) {
            // The console calls the platform's API through the gateway only, as any client does.
            env.put("GATEWAY_URL", layout.url(Service.GATEWAY));
        }
        if (Service.INSPECTION.equals(service.module())) {
            // Every application of the local stack shares one machine's cores: the merge engine's warm-up after
            // start (EngineWarmUp: seconds of a core on a quiet machine, tens on a busy one) would compete with the
            // other applications' start and the fault suite's readiness bounds. On a cluster inspection-service has
            // cores of its own and keeps it; a setting below can turn it on here.
            env.put("GRASSROOTS_MERGE_WARM_UP_ENABLED", "false");
        }
        env.putAll(settings.getOrDefault(service.module(), Map.of()));
        env.putAll(overrides);
        return new ServiceProcess(logName, port,
                root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar"),
                layout.state().resolve("logs").resolve(logName + ".log"), env);
    }

    /**
     * A second instance of a service on a free port and a database of its own (created empty), with
     * settings of its own (e.g. another consumer group): started and waited for, stopped by the caller.
     */
    ServiceProcess startInstance(Service service, String database, Map<String, String> overrides) throws Exception {
        postgres.get().ensureDatabase(database);
        ServiceProcess process = process(service, KafkaBroker.freePort(), database, database, overrides);
        process.start();
        try {
            process.awaitReady(READY_TIMEOUT);
        } catch (RuntimeException e) {
            process.stop();
            throw e;
        }
        return process;
    }
}
