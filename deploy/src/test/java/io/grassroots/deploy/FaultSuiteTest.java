package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.infra.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The project's fault suite (#14): under a steady load of plans filed and submitted through the
 * gateway, each fault in turn (kill -9 of the broker for 20 s, then of each service and of the
 * gateway, each started again on its data; five kinds of poison record on every consumed
 * topic, each of which must reach the dead-letter topic of every group reading it), then for each: writes acknowledged, failed
 * with a problem, failed without one, lost, events duplicated on the topic, seconds until every
 * acknowledged write is in the ledger, and the slowest readiness answer during the fault. The table
 * goes to target/reliability.md, which RELIABILITY.md quotes. Every row must show nothing lost and
 * nothing duplicated.
 */
@ExtendWith(StackExtension.class)
class FaultSuiteTest {
    private static final String COUNTY = "450181";

    @Test
    void noAcknowledgedWriteIsLostOrDuplicatedWhateverIsKilled(RunningStack stack) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| fault | acknowledged | failed with a problem | failed without one | lost | duplicated on the "
                + "topic | seconds until all in the ledger | slowest readiness answer (ms) |");
        rows.add("|---|---|---|---|---|---|---|---|");
        List<String> units = new FaultLoad(stack, COUNTY, List.of()).townships();
        rows.add(run(stack, units, "broker killed for 20 s", () -> {
            stack.stack.broker().kill();
            Thread.sleep(20_000);
            stack.stack.broker().start();
        }));
        rows.add(run(stack, units, "inspection-service killed and started",
                killed(stack, Service.INSPECTION, 2_000)));
        // The ledger's consumer stays away longer, so that events pile up for it.
        rows.add(run(stack, units, "assessment-service killed and started",
                killed(stack, Service.ASSESSMENT, 5_000)));
        rows.add(run(stack, units, "dataset-share-service killed and started",
                killed(stack, Service.SHARE, 2_000)));
        // With the edge gone, clients get no answer at all: those failures are counted "without one".
        rows.add(run(stack, units, "gateway killed and started", killed(stack, Service.GATEWAY, 2_000)));
        java.util.concurrent.atomic.AtomicReference<Map<String, Set<String>>> poison = new java.util.concurrent.atomic
                .AtomicReference<>();
        rows.add(run(stack, units, "5 kinds of poison on each of the 5 consumed topics", () ->
                poison.set(Poison.send(stack.stack.broker().bootstrapServers()))));
        assertEquals(Set.of(), Poison.missingFromDeadLetters(stack.stack.broker().bootstrapServers(), poison.get(),
                Duration.ofSeconds(60)), "every poison record is on the dead-letter topic of every group reading it, "
                + "with the reason");
        String table = String.join("\n", rows);
        System.out.println(table);
        Path report = Path.of(System.getProperty("user.dir"), "target", "reliability.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table + "\n");
    }

    /** One fault under load; returns its row, after asserting that nothing was lost or duplicated. */
    private String run(RunningStack stack, List<String> units, String fault, Fault inject) throws Exception {
        FaultLoad load = new FaultLoad(stack, COUNTY, units);
        ReadinessWatch watch = new ReadinessWatch(stack);
        load.start();
        watch.start();
        Thread.sleep(4_000);
        inject.run();
        Thread.sleep(4_000);
        load.stop();
        long slowest = watch.stop();
        List<String> acknowledged = load.acknowledged();
        long started = System.nanoTime();
        long visible = 0;
        while (System.nanoTime() - started < Duration.ofSeconds(120).toNanos()) {
            visible = count(stack, Service.ASSESSMENT, "select count(*) from plan_fact where plan_id = any(?) "
                    + "and submitted_at is not null", acknowledged);
            if (visible == acknowledged.size()) {
                break;
            }
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long lost = acknowledged.size() - count(stack, Service.INSPECTION, "select count(*) from plan where "
                + "id::text = any(?) and status = 'SUBMITTED'", acknowledged);
        int duplicated = duplicatedSubmissions(stack, Set.copyOf(acknowledged));
        String row = String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.1f | %d |", fault,
                acknowledged.size(), load.failedWithProblem(), load.failedWithoutProblem(), lost, duplicated,
                seconds, slowest);
        System.out.println(row + (load.unclean().isEmpty() ? "" : " unclean: " + load.unclean()));
        assertTrue(acknowledged.size() > 10, fault + ": the load went on (" + acknowledged.size() + ")");
        assertEquals(0, lost, fault + ": acknowledged submissions lost");
        assertEquals(0, duplicated, fault + ": events on the topic twice");
        assertEquals(acknowledged.size(), visible, fault + ": every acknowledged submission reached the ledger");
        assertTrue(slowest < 2_500, fault + ": readiness answered within 2.5 s, slowest " + watch.slowestByUrl());
        return row;
    }

    /** How many of these submissions are on plan-events more than once. */
    private static int duplicatedSubmissions(RunningStack stack, Set<String> planIds) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.stack.broker().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("plan-events"));
            int quiet = 0;
            while (quiet < 6) {
                var records = consumer.poll(Duration.ofMillis(500));
                quiet = records.isEmpty() ? quiet + 1 : 0;
                for (ConsumerRecord<String, String> r : records) {
                    var type = r.headers().lastHeader("ce_type");
                    if (planIds.contains(r.key()) && type != null
                            && new String(type.value()).equals("plan.submitted.v1")) {
                        seen.merge(r.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return (int) seen.values().stream().filter(n -> n > 1).count();
    }

    private static long count(RunningStack stack, String module, String sql, List<String> ids) throws Exception {
        PostgresServer postgres = PostgresServer.fromEnvironment();
        Service service = Service.ALL.stream().filter(s -> s.module().equals(module)).findFirst().orElseThrow();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(stack.layout.database(service)),
                postgres.user(), postgres.password()); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", new TreeSet<>(ids).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** kill -9 of an application, a pause, and a start on its data (waiting until it is ready). */
    private static Fault killed(RunningStack stack, String module, long pauseMillis) {
        return () -> {
            stack.stack.kill(module);
            Thread.sleep(pauseMillis);
            stack.stack.restart(module);
        };
    }

    /** What is done to the stack. */
    @FunctionalInterface
    interface Fault {
        void run() throws Exception;
    }
}
