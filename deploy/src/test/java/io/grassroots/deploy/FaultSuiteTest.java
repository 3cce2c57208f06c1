package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The project's fault suite (#14). Under a steady load through the gateway (plans filed, submitted
 * and approved, units' own reports, data requests, joint teams' results), each fault in turn: the
 * broker killed for 20 s, each service and the gateway killed and started on its data, PostgreSQL
 * stopped and started under the services (also while a consumer works through a backlog), and five
 * kinds of poison on every consumed topic. For each it prints writes acknowledged, failed with a
 * problem, failed without one, lost, missing from a read model, extra copies on the topics, seconds
 * until every acknowledged write is in every read model, and what readiness said. Last, every topic
 * is replayed into empty read models, which must equal the live ones. The table goes to
 * target/reliability.md, which RELIABILITY.md quotes.
 */
@ExtendWith(StackExtension.class)
class FaultSuiteTest {
    private static final String COUNTY = "450181";

    @Test
    void noAcknowledgedWriteIsLostOrDuplicatedWhateverIsKilled(RunningStack stack) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| fault | acknowledged | failed with a problem | failed without one | lost | not in a read model "
                + "| extra copies on the topics | seconds after the load stopped until all in every read model | "
                + "readiness said (slowest answer) |");
        rows.add("|---|---|---|---|---|---|---|---|---|");
        String coordinator = stack.stack.minter().mint("fault-coordinator", "COORDINATOR", null, null, COUNTY,
                Duration.ofHours(1));
        List<String> townships = JsonPath.from(Http.call("GET", stack.gateway() + "/api/units?parent=" + COUNTY
                + "&level=TOWNSHIP&size=50", coordinator, null)).getList("items.code", String.class);
        BlockingQueue<String[]> results = PreparedVisits.prepare(stack, COUNTY, townships, 14);
        Fault fault = new Fault(stack, townships, results);
        rows.add(fault.run("broker killed for 20 s", () -> {
            stack.stack.broker().kill();
            Thread.sleep(20_000);
            stack.stack.broker().start();
        }));
        rows.add(fault.run("inspection-service killed and started", killed(stack, Service.INSPECTION, 2_000)));
        // The ledger's consumer stays away longer, so that events pile up for it.
        rows.add(fault.run("assessment-service killed and started", killed(stack, Service.ASSESSMENT, 5_000)));
        rows.add(fault.run("dataset-share-service killed and started", killed(stack, Service.SHARE, 2_000)));
        // With the edge gone, clients get no answer at all: those failures are counted "without one".
        rows.add(fault.run("gateway killed and started", killed(stack, Service.GATEWAY, 2_000)));
        if (stack.cluster != null) {
            rows.add(fault.run("PostgreSQL stopped for 10 s and started", () -> {
                stack.cluster.stop("fast");
                Thread.sleep(10_000);
                stack.cluster.start();
            }));
            rows.add(fault.run("PostgreSQL crashed while assessment-service works through a backlog", () -> {
                stack.stack.kill(Service.ASSESSMENT);
                Thread.sleep(8_000);
                stack.stack.restart(Service.ASSESSMENT);
                stack.cluster.stop("immediate");
                Thread.sleep(5_000);
                stack.cluster.start();
            }));
        } else {
            System.out.println("No throwaway PostgreSQL cluster on this machine: the database faults are left out");
        }
        AtomicReference<Map<String, Set<String>>> poison = new AtomicReference<>();
        rows.add(fault.run("5 kinds of poison on each of the 5 consumed topics", () ->
                poison.set(Poison.send(stack.stack.broker().bootstrapServers()))));
        assertEquals(Set.of(), Poison.missingFromDeadLetters(stack.stack.broker().bootstrapServers(), poison.get(),
                Duration.ofSeconds(60)), "every poison record is on the dead-letter topic of every group reading it, "
                + "with the reason");

        long started = System.nanoTime();
        ReadModelReplay.Outcome replay = ReadModelReplay.run(stack, Duration.ofSeconds(180));
        rows.add(String.format(Locale.ROOT, "| every topic replayed into empty read models | %d tables, %d rows "
                + "compared | | | | %d tables differ | | %.1f | |", replay.tables(), replay.rows(),
                replay.differences().size(), (System.nanoTime() - started) / 1e9));
        String table = String.join("\n", rows);
        System.out.println(table);
        Path report = Path.of(System.getProperty("user.dir"), "target", "reliability.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table + "\n");
        assertEquals(Map.of(), replay.differences(), "the read models rebuilt from the topics equal the live ones");
        assertTrue(replay.rows() > 18_000, "the comparison covered the directory and the load: " + replay.rows());
    }

    /** kill -9 of an application, a pause, and a start on its data (waiting until it is ready). */
    private static Fault.Action killed(RunningStack stack, String module, long pauseMillis) {
        return () -> {
            stack.stack.kill(module);
            Thread.sleep(pauseMillis);
            stack.stack.restart(module);
        };
    }

    /** One fault under load, measured and checked. */
    private record Fault(RunningStack stack, List<String> townships, BlockingQueue<String[]> results) {
        /** What is done to the stack. */
        @FunctionalInterface
        interface Action {
            void run() throws Exception;
        }

        /** Runs the fault under load; returns its row, after asserting that nothing was lost or duplicated. */
        String run(String name, Action action) throws Exception {
            long copiesBefore = TopicAudit.extraCopies(stack.stack.broker().bootstrapServers());
            FaultLoad load = new FaultLoad(stack, COUNTY, townships, results);
            ReadinessWatch watch = new ReadinessWatch(stack);
            load.start();
            watch.start();
            Thread.sleep(4_000);
            action.run();
            Thread.sleep(4_000);
            // A restarted service answers its first requests with a cold JIT: the load goes on until every
            // kind of write has been acknowledged a few times (or 20 s more), so that a row measures
            // recovery rather than how soon readiness said UP.
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < until && java.util.Arrays.stream(WriteKind.values())
                    .anyMatch(kind -> load.acknowledged(kind).size() <= 3)) {
                Thread.sleep(250);
            }
            load.stop();
            long slowest = watch.stop();
            long started = System.nanoTime();
            long missing;
            do {
                missing = 0;
                for (WriteKind kind : WriteKind.values()) {
                    for (WriteKind.ReadModel model : kind.readModels) {
                        missing += load.acknowledged(kind).size() - found(model.module(), model.query(),
                                load.acknowledged(kind));
                    }
                }
                if (missing > 0) {
                    Thread.sleep(500);
                }
            } while (missing > 0 && System.nanoTime() - started < Duration.ofSeconds(120).toNanos());
            double seconds = (System.nanoTime() - started) / 1e9;
            long lost = 0;
            for (WriteKind kind : WriteKind.values()) {
                lost += load.acknowledged(kind).size() - found(kind.owner, kind.ownerQuery, load.acknowledged(kind));
            }
            long copies = TopicAudit.extraCopies(stack.stack.broker().bootstrapServers()) - copiesBefore;
            String row = String.format(Locale.ROOT, "| %s | %d (%s) | %d | %d | %d | %d | %d | %.1f | %s (%d ms) |",
                    name, load.acknowledgedTotal(), load.breakdown(), load.failedWithProblem(), load.failedWithoutProblem(), lost, missing,
                    copies, seconds, watch.summary(), slowest);
            System.out.println(row + " slowest readiness " + watch.slowestByApplication() + (load.unclean().isEmpty()
                    ? "" : " unclean: " + load.unclean()));
            for (WriteKind kind : WriteKind.values()) {
                assertTrue(load.acknowledged(kind).size() > 3, name + ": the load went on, " + kind + " "
                        + load.acknowledged(kind).size());
            }
            assertEquals(0, lost, name + ": acknowledged writes lost");
            if (!name.startsWith("gateway")) {
                // Only a dead edge leaves a client without an answer; behind it, every failure is a problem.
                assertEquals(List.of(), load.unclean(), name + ": failures answered without a problem");
            }
            assertEquals(0, copies, name + ": events on a topic twice");
            assertEquals(0, missing, name + ": acknowledged writes missing from a read model after 120 s");
            assertTrue(slowest < 2_000, name + ": readiness answered within 2 s, slowest "
                    + watch.slowestByApplication());
            return row;
        }

        /** How many of these keys the query finds in a service's database. */
        private long found(String module, String query, List<String> keys) throws Exception {
            if (keys.isEmpty()) {
                return 0;
            }
            try (Connection c = stack.database(module); PreparedStatement ps = c.prepareStatement(query)) {
                ps.setArray(1, c.createArrayOf("text", new HashSet<>(keys).toArray()));
                long n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                return n;
            }
        }
    }
}
