package io.grassroots.deploy;

import io.grassroots.infra.PostgresCluster;
import io.grassroots.infra.PostgresServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One whole platform for all tests of this module: the packaged services and gateway, a broker and
 * databases of their own on free ports, with the demo year seeded through the services' APIs.
 * Started once, stopped when the test run ends.
 */
final class RunningStack implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    /**
     * The demo year follows the clock the packaged services run on (the real one): plans are filed for
     * next year, so their windows always lie ahead of today and the data request is booked this year.
     */
    static final int YEAR = DemoYear.nextYear();
    private static RunningStack instance;

    final LocalStack stack;
    /** The stack's own PostgreSQL cluster, which the fault suite may stop (null: the machine's server). */
    final PostgresCluster cluster;
    final StackLayout layout;
    final DemoYear.Seeded seeded;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    /** The gateways' base URLs, taken in turn by gateway(): one, unless a scale-out test runs several. */
    private final List<String> gateways;
    private final AtomicInteger nextGateway = new AtomicInteger();
    /** Gateways the test killed: a request one of them took and did not answer was cut off by the fault. */
    private final Set<String> killedGateways = ConcurrentHashMap.newKeySet();

    private RunningStack() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        layout = StackLayout.isolated(Path.of(System.getProperty("user.dir"), "target", "stack-it"), "_stack_it");
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        cluster = StackPostgres.clusterIfPossible(layout);
        gateways = List.of(layout.url(Service.GATEWAY));
        stack = StackPostgres.on(SuiteJit.applyTo(new LocalStack(root, layout, out).fresh(true)), cluster);
        try {
            stack.start();
            seeded = new DemoYear(stack.minter(), layout, YEAR).seed(out);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("the stack did not start: " + log.toString(StandardCharsets.UTF_8), e);
        }
    }

    /**
     * A stack its caller started and stops (the scale-out test's, on a cluster of its own), for the fault
     * suite's load and checks; nothing seeded. cluster: the PostgreSQL cluster it was started on.
     */
    RunningStack(LocalStack stack, PostgresCluster cluster, StackLayout layout, List<String> gateways) {
        this.stack = stack;
        this.cluster = cluster;
        this.layout = layout;
        this.seeded = null;
        this.gateways = List.copyOf(gateways);
    }

    static synchronized RunningStack get(ExtensionContext context) throws Exception {
        if (instance == null) {
            instance = new RunningStack();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningStack.class.getName(), instance);
        }
        return instance;
    }

    String url(String module) {
        return layout.url(module);
    }

    PostgresServer postgres() {
        return stack.postgres();
    }

    /** A connection to a service's database. */
    Connection database(String module) throws SQLException {
        Service service = Service.ALL.stream().filter(s -> s.module().equals(module)).findFirst().orElseThrow();
        PostgresServer postgres = postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(layout.database(service)), postgres.user(),
                postgres.password());
    }

    /** A gateway's base URL: each call the next of the stack's gateways. */
    String gateway() {
        return gateways.get(Math.floorMod(nextGateway.getAndIncrement(), gateways.size()));
    }

    /** Every gateway's base URL, killed or not. */
    List<String> gateways() {
        return gateways;
    }

    /** Notes, before it is killed, that the test kills this gateway. */
    void killing(String gateway) {
        killedGateways.add(gateway);
    }

    boolean wasKilled(String gateway) {
        return killedGateways.contains(gateway);
    }

    /** The first gateway the test has not killed. */
    String surviving() {
        return gateways.stream().filter(g -> !wasKilled(g)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        StackPostgres.close(stack, cluster, layout);
    }
}
