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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * The local stack: Kafka (or KAFKA_BOOTSTRAP_SERVERS), a database per service on PostgreSQL, every
 * service and then the gateway, each waited for until ready; then the demo accounts and the demo
 * year. Logs go to the state directory's logs. Ctrl-C or SIGTERM stops everything, the applications
 * (all at once) before the broker.
 */
public final class LocalStack implements AutoCloseable {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private final Path root;
    private final StackLayout layout;
    private final PrintStream out;
    private final List<ServiceProcess> running = new ArrayList<>();
    private KafkaBroker broker;
    private String adminPassword;
    private ServiceLauncher launcher;
    private TokenMinter minter;
    /** Start from empty databases and an empty broker (the signing keys are kept). */
    private boolean fresh;
    private PostgresServer postgres = PostgresServer.fromEnvironment();
    /** What a test may set: the applications' JDBC URL of a database, instances of each, the Kafka cluster. */
    private Function<String, String> jdbcUrl = database -> postgres().jdbcUrl(database);
    private int instanceCount = 1;
    private StackInstances instances;
    private String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
    /** Settings of an application's own beyond the stack's, by module (a benchmark's limits, say). */
    private final Map<String, Map<String, String>> settings = new LinkedHashMap<>();

    LocalStack(Path root, StackLayout layout, PrintStream out) {
        this.root = root.toAbsolutePath().normalize();
        this.layout = layout;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        Path root = Path.of(arguments.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("."));
        LocalStack stack = new LocalStack(root, StackLayout.standard(root.toAbsolutePath()), OUT);
        stack.fresh = arguments.contains("--fresh");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start();
            DemoYear demo = new DemoYear(stack.minter(), stack.layout, DemoYear.nextYear());
            try {
                demo.seed(OUT);
            } catch (IOException e) {
                // The platform is up either way; a failed seed is reported, not fatal.
                OUT.println("Could not seed demo year " + demo.year() + ": " + e.getMessage());
            }
            StackSummary.print(OUT, stack.layout, stack.running, stack.bootstrap, demo.year());
        } catch (Exception e) {
            OUT.println("The local stack could not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    LocalStack fresh(boolean value) {
        this.fresh = value;
        return this;
    }

    /** The PostgreSQL server the services' databases live on (PGHOST/PGPORT unless a test gives its own). */
    synchronized LocalStack postgres(PostgresServer server) {
        this.postgres = server;
        return this;
    }

    synchronized PostgresServer postgres() {
        return postgres;
    }

    /** How the applications address a database (e.g. a multi-host URL with targetServerType=primary). */
    LocalStack jdbcUrls(Function<String, String> urlOfDatabase) {
        this.jdbcUrl = urlOfDatabase;
        return this;
    }

    /** How many instances of each service and of the gateway to run (the console runs once). */
    LocalStack instances(int count) {
        this.instanceCount = count;
        return this;
    }

    /** A Kafka cluster of the caller's instead of KAFKA_BOOTSTRAP_SERVERS or a broker of the stack's own. */
    LocalStack kafka(String bootstrapServers) {
        this.bootstrap = bootstrapServers;
        return this;
    }

    /** The cluster the applications use. */
    String bootstrapServers() {
        return bootstrap;
    }

    /** The running instances of each application, once started. */
    StackInstances instances() {
        return instances;
    }

    /** Environment variables an application of this stack starts with, over the stack's own. */
    LocalStack environment(String module, Map<String, String> variables) {
        settings.computeIfAbsent(module, m -> new LinkedHashMap<>()).putAll(variables);
        return this;
    }

    TokenMinter minter() {
        return minter;
    }

    String adminPassword() {
        return adminPassword;
    }

    void start() throws Exception {
        Files.createDirectories(layout.state().resolve("logs"));
        Path keyDirectory = layout.state().resolve("keys");
        SigningKeys keys = SigningKeys.loadOrCreate(keyDirectory);
        minter = new TokenMinter(keys);
        adminPassword = AdminPassword.loadOrGenerate(layout, out);
        if (!postgres.isReachable()) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + postgres.host() + ":"
                    + postgres.port() + " (set PGHOST/PGPORT/PGUSER/PGPASSWORD)");
        }
        if (fresh) {
            out.println("--fresh: dropping the stack's databases and the local broker's data");
            Service.WITH_DATABASE.forEach(s -> postgres.dropDatabase(layout.database(s)));
            StackLayout.deleteTree(layout.state().resolve("kafka"));
        }
        if (bootstrap == null || bootstrap.isBlank()) {
            if (ChildProcesses.isListening(layout.kafkaPort())) {
                throw new IllegalStateException("port " + layout.kafkaPort() + " is taken; stop what runs there or "
                        + "set KAFKA_BOOTSTRAP_SERVERS to use that cluster");
            }
            out.println("Starting Kafka (KRaft, single node) on 127.0.0.1:" + layout.kafkaPort() + " …");
            broker = KafkaBroker.on(layout.state().resolve("kafka"), layout.kafkaPort()).start();
            bootstrap = broker.bootstrapServers();
        } else {
            out.println("Using the Kafka cluster at " + bootstrap);
        }

        for (Service service : Service.WITH_DATABASE) {
            if (postgres.ensureDatabase(layout.database(service))) {
                out.println("Created database " + layout.database(service));
            }
        }
        instances = StackInstances.of(layout, instanceCount);
        launcher = new ServiceLauncher(root, layout, this::postgres, jdbcUrl, instances,
                bootstrap, adminPassword, settings);
        for (Service service : Service.ALL) {
            if (Service.GATEWAY.equals(service.module())) {
                // The services are all up before the gateway starts: it comes up with every route live.
                for (ServiceProcess process : running) {
                    process.awaitReady(ServiceLauncher.READY_TIMEOUT);
                }
            }
            for (StackInstances.Instance instance : instances.of(service.module())) {
                if (ChildProcesses.isListening(instance.port())) {
                    throw new IllegalStateException(
                            "port " + instance.port() + " for " + instance.name() + " is taken");
                }
                ServiceProcess process = launcher.process(service, instance.port(), layout.database(service),
                        instance.name(), Map.of());
                out.println("Starting " + instance.name() + " on " + instance.port() + " …");
                process.start();
                running.add(process);
            }
        }
        for (ServiceProcess process : running) {
            process.awaitReady(ServiceLauncher.READY_TIMEOUT);
        }
        new DemoAccounts(layout.url(Service.GATEWAY), adminPassword).createOrExplain(out);
    }

    /**
     * A second instance of a service on a free port and a database of its own (created empty), with
     * settings of its own (e.g. another consumer group): started and waited for, stopped by the caller.
     */
    ServiceProcess startInstance(String module, String database, Map<String, String> overrides) throws Exception {
        Service service = Service.ALL.stream().filter(s -> s.module().equals(module)).findFirst().orElseThrow();
        return launcher.startInstance(service, database, overrides);
    }

    /** kill -9 of one running application (a service or the gateway, by instance name), for the fault suite. */
    synchronized void kill(String module) throws InterruptedException {
        process(module).kill();
    }

    /** Starts a stopped application again without waiting for it to be ready. */
    synchronized void start(String module) throws IOException {
        process(module).start();
    }

    /** Stops one application as an operator would (SIGTERM, a forced stop after 20 s). */
    synchronized void stop(String module) {
        process(module).stop();
    }

    /** Starts a killed application again with its environment and waits until it is ready. */
    synchronized void restart(String module) throws Exception {
        ServiceProcess process = process(module);
        process.start();
        process.awaitReady(ServiceLauncher.READY_TIMEOUT);
    }

    /** The stack's own broker (null when the stack uses an outside one). */
    synchronized KafkaBroker broker() {
        return broker;
    }

    private ServiceProcess process(String module) {
        return running.stream().filter(p -> p.name().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(module + " is not running in this stack"));
    }

    @Override
    public synchronized void close() {
        ServiceProcess.stopAll(running);
        running.clear();
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        out.println("The local stack has stopped.");
    }
}
