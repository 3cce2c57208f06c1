package io.grassroots.deploy;

import io.grassroots.infra.ChildProcesses;
import io.grassroots.infra.KafkaBroker;
import io.grassroots.infra.PostgresServer;
import io.grassroots.infra.SigningKeys;
import io.grassroots.infra.TokenMinter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack: Kafka (or KAFKA_BOOTSTRAP_SERVERS), a database per service on PostgreSQL, and
 * every service on its port from DESIGN.md, each waited for until ready. Logs go to .local/logs.
 * Ctrl-C or SIGTERM stops everything, services first, then the broker.
 */
public final class LocalStack {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /** A service of the platform: its module, port and database. */
    record Service(String module, int port, String database, String dbUrlVariable) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("inspection-service", 8081, "inspection", "INSPECTION_DB_URL"),
            new Service("dataset-share-service", 8082, "dataset_share", "DATASET_SHARE_DB_URL"),
            new Service("assessment-service", 8083, "assessment", "ASSESSMENT_DB_URL"));

    private final Path root;
    private final Path state;
    private final List<ServiceProcess> running = new ArrayList<>();
    private KafkaBroker broker;
    /** Start from empty databases and an empty broker (the signing keys are kept). */
    private boolean fresh;

    LocalStack(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.state = this.root.resolve(".local");
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        LocalStack stack = new LocalStack(Path.of(arguments.stream().filter(a -> !a.startsWith("--")).findFirst()
                .orElse(".")));
        stack.fresh = arguments.contains("--fresh");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            OUT.println("The local stack could not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    void start() throws Exception {
        Files.createDirectories(state.resolve("logs"));
        SigningKeys keys = SigningKeys.loadOrCreate(state.resolve("keys"));
        Path publicKey = state.resolve("keys").resolve(SigningKeys.PUBLIC_FILE);

        PostgresServer postgres = PostgresServer.fromEnvironment();
        if (!postgres.isReachable()) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + postgres.host() + ":"
                    + postgres.port() + " (set PGHOST/PGPORT/PGUSER/PGPASSWORD)");
        }
        if (fresh) {
            OUT.println("--fresh: dropping the stack's databases and the local broker's data");
            SERVICES.forEach(s -> postgres.dropDatabase(s.database()));
            deleteTree(state.resolve("kafka"));
        }

        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null || bootstrap.isBlank()) {
            if (ChildProcesses.isListening(9092)) {
                throw new IllegalStateException("port 9092 is taken; stop what runs there or set "
                        + "KAFKA_BOOTSTRAP_SERVERS to use that cluster");
            }
            OUT.println("Starting Kafka (KRaft, single node) on 127.0.0.1:9092 …");
            broker = KafkaBroker.on(state.resolve("kafka"), 9092).start();
            bootstrap = broker.bootstrapServers();
        } else {
            OUT.println("Using the Kafka cluster at " + bootstrap);
        }

        for (Service service : SERVICES) {
            if (postgres.ensureDatabase(service.database())) {
                OUT.println("Created database " + service.database());
            }
        }

        for (Service service : SERVICES) {
            if (ChildProcesses.isListening(service.port())) {
                throw new IllegalStateException("port " + service.port() + " for " + service.module()
                        + " is taken");
            }
            Map<String, String> env = new LinkedHashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            env.put("PLATFORM_JWT_PUBLIC_KEY", publicKey.toString());
            env.put(service.dbUrlVariable(), postgres.jdbcUrl(service.database()));
            env.put("PGUSER", postgres.user());
            env.put("PGPASSWORD", postgres.password());
            ServiceProcess process = new ServiceProcess(service.module(), service.port(),
                    root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar"),
                    state.resolve("logs").resolve(service.module() + ".log"), env);
            OUT.println("Starting " + service.module() + " on " + service.port() + " …");
            process.start();
            running.add(process);
        }
        for (ServiceProcess process : running) {
            process.awaitReady(READY_TIMEOUT);
        }
        Map<String, Path> tokens = DemoTokens.write(new TokenMinter(keys), state.resolve("tokens"));
        DemoYear demo = new DemoYear(new TokenMinter(keys));
        try {
            demo.seed(OUT);
        } catch (IOException e) {
            // The platform is up either way; a failed seed is reported, not fatal.
            OUT.println("Could not seed demo year " + demo.year() + ": " + e.getMessage());
        }
        printSummary(bootstrap, tokens);
        OUT.printf("  demo year %d         http://127.0.0.1:8083/api/burden/leaderboard?year=%d&region=%s%n",
                demo.year(), demo.year(), DemoYear.COUNTY);
    }

    private void printSummary(String bootstrap, Map<String, Path> tokens) {
        OUT.println();
        OUT.println("The platform is up.");
        for (ServiceProcess p : running) {
            OUT.printf("  %-20s http://127.0.0.1:%d   (OpenAPI /q/openapi, health /q/health/ready, metrics /q/metrics)%n",
                    p.name(), p.port());
        }
        OUT.println("  Kafka                " + bootstrap);
        OUT.println("  logs                 " + state.resolve("logs"));
        OUT.println("  demo tokens (12 h)   " + state.resolve("tokens"));
        tokens.forEach((who, file) -> OUT.printf("    %-28s %s%n", who, root.relativize(file)));
        OUT.println("Press Ctrl-C to stop.");
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    synchronized void stop() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop();
        }
        running.clear();
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        OUT.println("The local stack has stopped.");
    }
}
