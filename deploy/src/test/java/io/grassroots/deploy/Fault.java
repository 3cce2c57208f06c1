package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * One fault of the fault suite (FaultSuiteIT) under load, measured and checked; audit: the suite's reading of
 * the topics, which each fault carries on from where the last one stopped.
 */
record Fault(RunningStack stack, String county, List<String> townships, BlockingQueue<String[]> results,
        TopicAudit.Copies audit) {
    /** For the read-model checks alone (found, beyondOne): run needs the topics' audit. */
    Fault(RunningStack stack, String county, List<String> townships, BlockingQueue<String[]> results) {
        this(stack, county, townships, results, null);
    }

    /** What is done to the stack. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** Runs a fault that kills no service the load calls; returns its row (see the other run). */
    String run(String name, Action action) throws Exception {
        return run(name, action, false);
    }

    /**
     * Runs the fault under load; returns its row, after asserting that nothing was lost, applied twice or
     * duplicated. serviceKilled: the fault kills a service the load calls through the gateway, which then
     * answers a request that service died on with a 502 problem (counted as a clean failure in that row).
     * Copies on the topics are told by the application that published them.
     */
    String run(String name, Action action, boolean serviceKilled) throws Exception {
        Map<String, Long> copiesBefore = audit.bySource();
        FaultLoad load = new FaultLoad(stack, county, townships, results, serviceKilled);
        ReadinessWatch watch = new ReadinessWatch(stack);
        DropWatch drops = new DropWatch(stack);
        drops.start();
        load.start();
        watch.start();
        // The fault strikes a load in full flow: every kind of write acknowledged once first (a kind that cannot
        // get going within 30 s fails the row's assertions below).
        load.awaitEach(1, Duration.ofSeconds(30));
        action.run();
        load.afterFault();
        // A restarted service answers its first requests with a cold JIT: the load goes on until every kind of
        // write has been acknowledged three more times after the fault, so that a row measures recovery rather
        // than how soon readiness said UP; a kind that does not recover within 30 s fails the row.
        List<WriteKind> unrecovered = load.awaitEach(3, Duration.ofSeconds(30));
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
        String unsettled = missing == 0 ? "" : Unsettled.diagnose(stack, load);
        if (!unsettled.isEmpty()) {
            System.out.println(name + ": not settled after 120 s\n" + unsettled);
        }
        Map<String, Long> dropped = drops.stop();
        long lost = 0;
        long twice = 0;
        for (WriteKind kind : WriteKind.values()) {
            lost += load.acknowledged(kind).size() - found(kind.owner, kind.ownerQuery, load.acknowledged(kind));
            for (WriteKind.ReadModel model : kind.twice) {
                twice += beyondOne(model.module(), model.query(), load.acknowledged(kind));
            }
        }
        Map<String, Long> copiesAfter = audit.bySource();
        Map<String, Long> copiesBySource = new java.util.TreeMap<>();
        copiesAfter.forEach((source, n) -> {
            long fresh = n - copiesBefore.getOrDefault(source, 0L);
            if (fresh > 0) {
                copiesBySource.put(source, fresh);
            }
        });
        long copies = copiesBySource.values().stream().mapToLong(Long::longValue).sum();
        String copiesCell = copies == 0 ? "0" : copies + " " + copiesBySource;
        String row = String.format(Locale.ROOT, "| %s | %d (%s) | %s | %d | %d | %d | %s | %d | %s | %.1f | %s "
                + "(%d ms) |", name, load.acknowledgedTotal(), load.breakdown(), load.failures().withProblemCell(),
                load.failures().withoutProblem(), lost, missing, dropsCell(dropped), twice, copiesCell, seconds,
                watch.summary(), slowest);
        System.out.println(row + " slowest readiness " + watch.slowestByApplication() + ", while starting "
                + watch.slowestWhileStarting() + (load.failures().unclean()
                        .isEmpty() ? "" : " unclean: " + load.failures().unclean()));
        for (WriteKind kind : WriteKind.values()) {
            assertTrue(load.acknowledged(kind).size() > 3, name + ": the load went on, " + kind + " "
                    + load.acknowledged(kind).size());
        }
        assertEquals(List.of(), unrecovered, name + ": kinds of write not acknowledged 3 more times within 30 s of "
                + "the fault (" + load.breakdown() + ")");
        assertEquals(0, lost, name + ": acknowledged writes lost");
        if (!name.startsWith("gateway")) {
            // Only a dead edge leaves a client without an answer; behind it, every failure is a problem.
            assertEquals(List.of(), load.failures().unclean(), name + ": failures answered without a problem");
        }
        assertEquals(Set.of(), drops.withoutCounter(), name + ": consumers without inbox_duplicates_dropped_total");
        assertEquals(0, twice, name + ": acknowledged writes applied twice");
        assertEquals(0, copies, name + ": events on a topic twice " + copiesBySource);
        assertEquals(0, missing, name + ": acknowledged writes missing from a read model after 120 s\n" + unsettled);
        assertTrue(slowest < 2_000, name + ": readiness answered within 2 s, slowest "
                + watch.slowestByApplication());
        assertTrue(watch.slowestWhileStarting().values().stream().allMatch(millis -> millis < 5_000), name
                + ": a starting application's readiness answered within 5 s, slowest " + watch.slowestWhileStarting());
        return row;
    }

    /** "0", or the drops by consumer, e.g. "12 (assessment 9, dataset-share 3)". */
    private static String dropsCell(Map<String, Long> dropped) {
        long total = dropped.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        dropped.forEach((module, n) -> out.append(out.isEmpty() ? "" : ", ")
                .append(module.replace("-service", "")).append(' ').append(n));
        return total + " (" + out + ")";
    }

    /** The effects beyond one that the query counts for these keys in a service's database. */
    long beyondOne(String module, String query, List<String> keys) throws Exception {
        if (keys.isEmpty()) {
            return 0;
        }
        try (Connection c = stack.database(module); PreparedStatement ps = c.prepareStatement(query)) {
            ps.setArray(1, c.createArrayOf("text", new HashSet<>(keys).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** How many of these keys the query finds in a service's database. */
    long found(String module, String query, List<String> keys) throws Exception {
        return foundKeys(stack, module, query, keys).size();
    }

    /** The keys of these the query finds in a service's database. */
    static List<String> foundKeys(RunningStack stack, String module, String query, List<String> keys)
            throws Exception {
        List<String> found = new ArrayList<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (Connection c = stack.database(module); PreparedStatement ps = c.prepareStatement(query)) {
            ps.setArray(1, c.createArrayOf("text", new HashSet<>(keys).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }
}
