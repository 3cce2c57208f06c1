package io.grassroots.deploy;

import io.grassroots.infra.KafkaBroker;
import io.grassroots.infra.KafkaCluster;
import io.grassroots.infra.PostgresCluster;
import io.grassroots.infra.ShippedRegistry;
import io.grassroots.infra.SynchronousReplication;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The scale-out test's platform (#18): a 3-node KRaft cluster, a PostgreSQL primary with a synchronous
 * streaming standby, and the packaged applications twice each (the console once), every gateway listing both
 * instances of each service and every service addressing its database by both hosts with
 * targetServerType=primary, so that it follows a promotion. Closing stops and drops everything.
 */
final class ScaleOutStack implements AutoCloseable {
    /** Two of each service and of the gateway, as the issue asks. */
    static final int INSTANCES = 2;
    /** The platform's pools (20 + 20 + 16 + 10) twice, the read-model replay's two instances and the test's own. */
    private static final int MAX_CONNECTIONS = 300;

    /** The city whose directory the stack is seeded with: Nanning, 2,007 regions and units, the test's county too. */
    static final String CITY = "4501";

    private KafkaCluster kafka;
    private PostgresCluster primary;
    private PostgresCluster standby;
    private LocalStack local;
    private RunningStack running;

    private ScaleOutStack() {
    }

    /** Starts everything under state (made empty first); on failure stops what had started. */
    static ScaleOutStack start(Path state, PrintStream out) throws Exception {
        StackLayout.deleteTree(state);
        ScaleOutStack stack = new ScaleOutStack();
        try {
            // Not under state/kafka: a fresh LocalStack deletes that directory (its own broker's).
            stack.kafka = KafkaCluster.onFreePorts(state.resolve("kafka-cluster"), 3, "448m");
            // The Kafka nodes start while PostgreSQL's primary and standby are made (each waits on its own).
            CompletableFuture<KafkaCluster> kafkaStarted = CompletableFuture.supplyAsync(stack.kafka::start);
            try {
                stack.primary = PostgresCluster.create(state.resolve("postgres"), MAX_CONNECTIONS);
                stack.standby = stack.primary.synchronousStandby(state.resolve("postgres"));
            } finally {
                kafkaStarted.join();
            }
            out.println(
                    "PostgreSQL primary on port " + stack.primary.port() + ", standby on port " + stack.standby.port()
                            + ": pg_stat_replication's sync_state "
                            + SynchronousReplication.syncStates(stack.primary.server()));
            String hosts = "127.0.0.1:" + stack.primary.port() + ",127.0.0.1:" + stack.standby.port();
            StackLayout layout = StackLayout.isolated(state, "_scale_out");
            Path root = Path.of(System.getProperty("user.dir")).getParent();
            stack.local = new LocalStack(root, layout, out).fresh(true).kafka(stack.kafka.bootstrapServers())
                    .postgres(stack.primary.server()).instances(INSTANCES)
                    .jdbcUrls(database -> "jdbc:postgresql://" + hosts + "/" + database + "?targetServerType=primary");
            for (String module : List.of(Service.INSPECTION, Service.SHARE, Service.ASSESSMENT)) {
                // The topics the services make are replicated to every node (their default, 1, suits one broker):
                // with one copy, the partitions on a killed node would be gone until it came back.
                stack.local.environment(module, Map.of("OUTBOX_REPLICATION_FACTOR", "3"));
            }
            // One city's directory, not the province's: what this test measures is instances failing, and the
            // province's 18,000 units would only lengthen the start and the replay (the fault suite has them).
            stack.local.environment(Service.INSPECTION, Map.of("GRASSROOTS_DIRECTORY_REGISTRY",
                    cityRegistry(root, state, CITY).toString()));
            SuiteJit.applyTo(stack.local).start();
            List<String> gateways = stack.local.instances().of(Service.GATEWAY).stream()
                    .map(StackInstances.Instance::url).toList();
            stack.running = new RunningStack(stack.local, stack.primary, layout, gateways);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    /** The shipped province's registry cut down to the province's row and one city's, as a file under state. */
    private static Path cityRegistry(Path root, Path state, String city) throws IOException {
        Path extract = state.resolve("registry-" + city + ".csv.gz");
        Files.createDirectories(state);
        ShippedRegistry.write(extract, ShippedRegistry.units(root).stream()
                .filter(u -> u.code().equals(city.substring(0, 2)) || u.code().startsWith(city)).toList());
        return extract;
    }

    /** The stack as the fault suite's load and checks take it; gateway() alternates between the gateways. */
    RunningStack running() {
        return running;
    }

    String bootstrap() {
        return kafka.bootstrapServers();
    }

    /** The topics with a partition of fewer than three copies (a killed node would take it away). */
    List<String> unreplicatedTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            return admin.describeTopics(admin.listTopics().names().get(30, TimeUnit.SECONDS)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).values().stream().filter(t -> t.partitions().stream()
                            .anyMatch(p -> p.replicas().size() < 3))
                    .map(t -> t.name()).sorted().toList();
        }
    }

    /** kill -9 of the node that leads the KRaft quorum; returns its id. */
    int killControllerLeader() throws Exception {
        int leader;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            leader = admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId();
        }
        kafka.node(leader).kill();
        return leader;
    }

    /**
     * kill -9 of the first gateway; the load's clients send to the other one from then on when it refuses
     * their connection, as a load balancer would. Returns the killed gateway's name.
     */
    String killFirstGateway() throws InterruptedException {
        StackInstances.Instance gateway = local.instances().of(Service.GATEWAY).get(0);
        running.killing(gateway.url());
        local.kill(gateway.name());
        return gateway.name();
    }

    /** kill -9 of the first instance of the application. */
    void killFirstInstance(String module) throws InterruptedException {
        local.kill(local.instances().of(module).get(0).name());
    }

    /**
     * The primary crashes (kill -9 of its processes) and the standby is promoted, as an operator or
     * CloudNativePG would; the test's own connections go to the new primary from then on.
     */
    void failOver() throws Exception {
        primary.crash();
        standby.promote();
        local.postgres(standby.server());
    }

    /**
     * The throwaway cluster's nodes are killed rather than shut down in a controlled way: nothing on it is
     * needed any more, and three controlled shutdowns one after the other took half a minute.
     */
    private void killKafka() {
        if (kafka != null) {
            kafka.nodes().forEach(KafkaBroker::kill);
            kafka.close();
        }
    }

    @Override
    public void close() {
        // Each in turn even when one fails: the applications first, then what they used.
        for (AutoCloseable part : new AutoCloseable[] { local, standby, primary, this::killKafka }) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("could not stop " + part.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
