package io.grassroots.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Rebuilds the read models from the topics alone: a second assessment-service and dataset-share-service
 * on empty databases, each in a consumer group of its own that reads every topic from the start,
 * with its outbox relay off (what it derives is the live instance's to publish). Once they have
 * caught up, their read models must equal the live ones row for row: an event lost, applied twice
 * or applied wrongly by the live consumers under the faults shows up as a difference. They are
 * stopped only once their groups have committed past the last record of every topic they read, so
 * that they have met everything on the topics (the poison too, which they dead-letter under their
 * own group).
 */
final class ReadModelReplay implements AutoCloseable {
    /** The event-derived tables of each service, as the rows to compare (no processing times, no local ids). */
    private static final Map<String, List<String>> READ_MODELS = Map.of(
            Service.ASSESSMENT, List.of("select * from unit", "select * from department", "select * from plan_fact",
                    "select * from refusal_fact", "select * from visit_fact", "select * from visit_part",
                    "select * from request_fact", "select * from request_unit", "select * from task_fact",
                    "select * from unit_value", "select * from result_fact"),
            Service.SHARE, List.of("select * from unit", "select * from department", "select unit_code, indicator, "
                    + "period, value, source_ref, reported_by from data_value where source = 'INSPECTION'"));

    private final RunningStack stack;
    /** The rebuilding databases by module. */
    private final Map<String, String> replicas = new LinkedHashMap<>();
    private final List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
    private boolean closed;

    private ReadModelReplay(RunningStack stack) {
        this.stack = stack;
    }

    /** What was compared (tables, rows in the live ones) and, table by table, what differs. */
    record Outcome(int tables, long rows, Map<String, String> differences) {
    }

    /**
     * Starts both rebuilding instances in the background, on empty databases (each start is mostly a JVM
     * warming up, so a caller may check other things meanwhile); {@link #await} compares, close() stops them.
     */
    static ReadModelReplay start(RunningStack stack) {
        ReadModelReplay replay = new ReadModelReplay(stack);
        for (String module : READ_MODELS.keySet()) {
            String database = module.replace("-service", "").replace('-', '_') + "_replay"
                    + stack.layout.databaseSuffix();
            stack.postgres().dropDatabase(database);
            replay.replicas.put(module, database);
            replay.starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return stack.stack.startInstance(module, database, Map.of("KAFKA_GROUP_ID", module
                            + "-replay", "OUTBOX_RELAY_ENABLED", "false"));
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }));
        }
        return replay;
    }

    /**
     * Waits until both instances are ready, then compares until the read models agree and the rebuilding
     * groups have reached the end of their topics, or catchUp (counted from their readiness) has passed;
     * stops the instances before it returns.
     */
    Outcome await(Duration catchUp) throws Exception {
        Map<String, String> differences = new LinkedHashMap<>();
        long[] rows = new long[1];
        try {
            CompletionException failed = null;
            for (CompletableFuture<ServiceProcess> instance : starting) {
                try {
                    instance.join();
                } catch (CompletionException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw failed;
            }
            long deadline = System.nanoTime() + catchUp.toNanos();
            do {
                differences.clear();
                rows[0] = 0;
                for (Map.Entry<String, String> replica : replicas.entrySet()) {
                    compare(stack, replica.getKey(), replica.getValue(), differences, rows);
                }
                if (differences.isEmpty()) {
                    break;
                }
                Thread.sleep(2_000);
            } while (System.nanoTime() < deadline);
            String bootstrap = stack.stack.bootstrapServers();
            for (String module : replicas.keySet()) {
                String group = module + "-replay";
                List<String> topics = ConsumerGroups.topicsByGroup().get(module);
                Map<String, Long> behind = ConsumerGroups.behind(bootstrap, group, topics);
                while (!behind.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(1_000);
                    behind = ConsumerGroups.behind(bootstrap, group, topics);
                }
                if (!behind.isEmpty()) {
                    differences.put(group + " did not reach the end of its topics", behind.toString());
                }
            }
            return new Outcome(READ_MODELS.values().stream().mapToInt(List::size).sum(), rows[0], differences);
        } finally {
            close();
        }
    }

    /** Stops both instances (once each has started or failed to) and drops their databases. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceProcess> instances = new ArrayList<>();
        for (CompletableFuture<ServiceProcess> instance : starting) {
            try {
                instances.add(instance.join());
            } catch (CompletionException e) {
                // startInstance stopped what it had started.
            }
        }
        ServiceProcess.stopAll(instances);
        replicas.values().forEach(stack.postgres()::dropDatabase);
    }

    private static void compare(RunningStack stack, String module, String replica, Map<String, String> differences,
            long[] rows) throws SQLException {
        try (Connection live = stack.database(module);
                Connection rebuilt = DriverManager.getConnection(
                        stack.postgres().jdbcUrl(replica), stack.postgres().user(), stack.postgres().password())) {
            for (String query : READ_MODELS.get(module)) {
                Digest a = digest(live, query);
                Digest b = digest(rebuilt, query);
                rows[0] += a.rows();
                if (!a.equals(b)) {
                    differences.put(module + ": " + query, "live " + a + ", rebuilt " + b);
                }
            }
        }
    }

    /** Row count and a digest of the rows in a stable order. */
    private static Digest digest(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), md5(coalesce("
                        + "string_agg(r::text, '|' order by r::text), '')) from (" + query + ") r")) {
            rs.next();
            return new Digest(rs.getLong(1), rs.getString(2));
        }
    }

    /** A table's rows, counted and digested. */
    private record Digest(long rows, String md5) {
        @Override
        public String toString() {
            return rows + " rows, md5 " + md5.substring(0, 8);
        }
    }
}
