package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** pgbench's report is read for its tps and latency; a report without them fails instead of printing 0. */
class PgbenchTest {
    private static final String REPORT = """
            transaction type: <builtin: select only>
            scaling factor: 1
            number of clients: 1
            duration: 2 s
            number of transactions actually processed: 12357
            latency average = 0.162 ms
            initial connection time = 2.744 ms
            tps = 6186.629231 (without initial connection time)
            """;

    @Test
    void readsTheTpsWithoutConnectionTimeAndTheMeanLatency() throws Exception {
        Pgbench.Result result = Pgbench.parse(Pgbench.Script.SELECT_ONLY, 1, 1, 2, REPORT);
        assertEquals(6186.629231, result.tps(), 1e-9);
        assertEquals(0.162, result.latencyMs(), 1e-9);
        assertTrue(result.describe().startsWith("pgbench -S (select-only) -s 1 -c 1 -j 1 -T 2: tps = 6186.6"),
                result.describe());
    }

    @Test
    void aReportWithoutTpsIsAFailure() {
        assertThrows(IOException.class, () -> Pgbench.parse(Pgbench.Script.TPCB, 1, 1, 2,
                "pgbench: error: connection to server failed"));
    }

    @Test
    void selectOnlyRunsOnTheServerAndTheScratchDatabaseIsDroppedAfter() throws Exception {
        PostgresServer server = PostgresServer.fromEnvironment();
        Assumptions.assumeTrue(server.isReachable(), "no PostgreSQL server");
        Assumptions.assumeTrue(new ProcessBuilder("pgbench", "--version").start().waitFor() == 0, "no pgbench");
        Pgbench bench = Pgbench.initialise(server, "pgbench_probe", 1);
        try {
            Pgbench.Result result = bench.run(Pgbench.Script.SELECT_ONLY, 2, 1);
            assertTrue(result.tps() > 0, "a second of selects did some: " + result);
            assertFalse(Double.isNaN(result.latencyMs()));
        } finally {
            bench.drop();
        }
        assertTrue(server.ensureDatabase("pgbench_probe"), "the scratch database was dropped, so it is created anew");
        server.dropDatabase("pgbench_probe");
    }
}
