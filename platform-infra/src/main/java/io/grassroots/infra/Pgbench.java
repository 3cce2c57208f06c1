package io.grassroots.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own pgbench on a server, as the baseline a benchmark prints beside its figure: TPC-B
 * (the default script) or select-only ({@code -S}), in a scratch database dropped afterwards.
 */
public final class Pgbench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** The script pgbench runs: TPC-B's transaction, or one primary-key select ({@code -S}). */
    public enum Script {
        TPCB("TPC-B"), SELECT_ONLY("-S (select-only)");

        private final String label;

        Script(String label) {
            this.label = label;
        }
    }

    /** What one run printed: transactions per second and the mean latency, and the run's arguments. */
    public record Result(Script script, int scale, int clients, int seconds, double tps, double latencyMs) {
        /** One line for a benchmark's output, e.g. "pgbench -S (select-only) -s 10 -c 4 -j 2 -T 20: tps = …". */
        public String describe() {
            return String.format(Locale.ROOT,
                    "pgbench %s -s %d -c %d -j %d -T %d: tps = %.1f, latency average = %.3f ms",
                    script.label, scale, clients, Math.min(clients, 2), seconds, tps, latencyMs);
        }
    }

    private final PostgresServer server;
    private final String database;
    private final int scale;

    private Pgbench(PostgresServer server, String database, int scale) {
        this.server = server;
        this.database = database;
        this.scale = scale;
    }

    /** Creates and fills a scratch database at the scale ({@code pgbench -i}); {@link #drop()} removes it. */
    public static Pgbench initialise(PostgresServer server, String database, int scale) throws IOException,
            InterruptedException {
        server.dropDatabase(database);
        server.ensureDatabase(database);
        Pgbench bench = new Pgbench(server, database, scale);
        bench.pgbench(List.of("-i", "-q", "-s", String.valueOf(scale), database));
        return bench;
    }

    /** One run of the script with the clients (at most two threads: this project's machines have two cores). */
    public Result run(Script script, int clients, int seconds) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-c", String.valueOf(clients), "-j",
                String.valueOf(Math.min(clients, 2)), "-T", String.valueOf(seconds)));
        if (script == Script.SELECT_ONLY) {
            args.add("-S");
        }
        args.add(database);
        return parse(script, scale, clients, seconds, pgbench(args));
    }

    public void drop() {
        server.dropDatabase(database);
    }

    /** TPC-B once: a scratch database at the scale, the clients for the seconds, dropped after; its tps. */
    public static double tpcb(PostgresServer server, int scale, int clients, int seconds) throws IOException,
            InterruptedException {
        Pgbench bench = initialise(server, "bench_tpcb", scale);
        try {
            return bench.run(Script.TPCB, clients, seconds).tps();
        } finally {
            bench.drop();
        }
    }

    /** The figures of pgbench's report; fails when it has no tps line (a run that did not happen). */
    static Result parse(Script script, int scale, int clients, int seconds, String report) throws IOException {
        Matcher tps = TPS.matcher(report);
        if (!tps.find()) {
            throw new IOException("pgbench printed no tps: " + report);
        }
        Matcher latency = LATENCY.matcher(report);
        return new Result(script, scale, clients, seconds, Double.parseDouble(tps.group(1)),
                latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN);
    }

    private String pgbench(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", server.host(), "-p",
                String.valueOf(server.port()), "-U", server.user()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", server.password() == null ? "" : server.password());
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + text);
        }
        return text;
    }
}
