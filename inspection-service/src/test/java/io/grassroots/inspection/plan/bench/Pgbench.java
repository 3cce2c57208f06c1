package io.grassroots.inspection.plan.bench;

import io.grassroots.infra.PostgresServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** pgbench's TPC-B on the same server, in a database of its own, as the run's baseline. */
final class Pgbench {
    private static final String DB = "pgbench_baseline";

    private Pgbench() {
    }

    static void tpcb(PostgresServer postgres, int clients, Duration length) throws Exception {
        postgres.dropDatabase(DB);
        postgres.ensureDatabase(DB);
        try {
            run(List.of("pgbench", "-i", "-q", "-s", "10", DB), false);
            run(List.of("pgbench", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(length.toSeconds()),
                    "-n", DB), true);
        } finally {
            postgres.dropDatabase(DB);
        }
    }

    private static void run(List<String> command, boolean print) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("PGHOST", "127.0.0.1");
        builder.environment().putIfAbsent("PGUSER", "postgres");
        Process p = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (print && (line.startsWith("tps") || line.contains("latency average")
                        || line.startsWith("number of clients"))) {
                    System.out.println("pgbench TPC-B baseline: " + line.trim());
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
