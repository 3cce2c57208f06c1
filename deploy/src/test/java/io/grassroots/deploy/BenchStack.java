package io.grassroots.deploy;

import io.grassroots.infra.PostgresCluster;
import io.grassroots.infra.PostgresServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The packaged stack for a benchmark of #19: free ports, databases of its own (a PostgreSQL cluster of
 * its own when the machine can make one), the gateway's per-address and per-principal limits lifted
 * because every client is 127.0.0.1; plus what every such benchmark prints (machine, load, percentiles).
 */
final class BenchStack implements AutoCloseable {
    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    final StackLayout layout;
    final LocalStack stack;
    final PostgresCluster cluster;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    /** Where the stack's own output goes (into {@link #log}), for what a benchmark adds to it. */
    final PrintStream stackOut = new PrintStream(log, true, StandardCharsets.UTF_8);

    BenchStack(Path root, String name) throws IOException {
        layout = StackLayout.isolated(root.resolve("deploy/target/" + name), "_" + name.replace('-', '_'));
        cluster = StackPostgres.clusterIfPossible(layout);
        // Every request comes from 127.0.0.1 and a few principals: the limits would meter the benchmark.
        stack = StackPostgres.on(new LocalStack(root, layout, stackOut).fresh(true).environment(Service.GATEWAY,
                Map.of("GRASSROOTS_GATEWAY_LIMITS_PER_ADDRESS_PER_MINUTE", "10000000",
                        "GRASSROOTS_GATEWAY_LIMITS_PER_PRINCIPAL_PER_MINUTE", "10000000")),
                cluster);
    }

    /** What a benchmark does with its stack (starting it included); returns the process's exit status. */
    interface Benchmark {
        int run(BenchStack bench) throws Exception;
    }

    /**
     * Makes the stack under deploy/target/{@code name}, runs the benchmark on it, prints a failure with the
     * stack's output, closes the stack and exits with the benchmark's status (1 on a failure).
     */
    static void run(Path root, String name, Benchmark benchmark) throws IOException {
        BenchStack bench = new BenchStack(root, name);
        int status = 1;
        try {
            status = benchmark.run(bench);
        } catch (Exception | AssertionError e) {
            bench.printFailure(e);
        } finally {
            bench.close();
        }
        System.exit(status);
    }

    /** Starts the stack and prints how long that took and on which PostgreSQL. */
    void start() throws Exception {
        long started = System.nanoTime();
        stack.start();
        OUT.printf("stack started in %.0f s (PostgreSQL: %s)%n", (System.nanoTime() - started) / 1e9, postgresKind());
    }

    String gateway() {
        return layout.url(Service.GATEWAY);
    }

    PostgresServer postgres() {
        return stack.postgres();
    }

    /** Where the services' databases live, for the printed figures. */
    String postgresKind() {
        return cluster == null ? "the machine's server" : "a cluster of the benchmark's own";
    }

    /** What the stack said, and where its logs are, for a failed run. */
    void printFailure(Throwable e) {
        OUT.println("FAILED: " + e);
        OUT.println("--- the stack's output ---");
        OUT.println(log.toString(StandardCharsets.UTF_8));
        OUT.println("logs: " + layout.state().resolve("logs"));
    }

    @Override
    public void close() {
        StackPostgres.close(stack, cluster, layout);
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static void machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> l.replaceAll("\\D+", "")).findFirst().orElse("0");
        OUT.printf("machine: %s, %d cores, %.0f GiB; Java %s; load average (1, 5, 15 min): %s%n", cpu,
                Runtime.getRuntime().availableProcessors(), Long.parseLong(memory) / 1024.0 / 1024.0,
                System.getProperty("java.version"), loadAverage());
    }

    /** Whatever else runs on the two cores shows here: the figures are only as quiet as the machine was. */
    static String loadAverage() throws IOException {
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return load[0] + " " + load[1] + " " + load[2];
    }

    /**
     * The fresh stack's registry reaches the consuming services as directory events, one transaction each: until
     * they are through (40 s or so), they take most of a core from what a benchmark measures, so its phases start
     * after.
     */
    static void awaitDirectoryConsumed(String bootstrap) throws Exception {
        long t0 = System.nanoTime();
        while (ConsumerGroups.lag(bootstrap, "assessment-service", List.of("directory")) > 0
                || ConsumerGroups.lag(bootstrap, "dataset-share-service", List.of("directory")) > 0) {
            if (System.nanoTime() - t0 > 600_000_000_000L) {
                throw new IllegalStateException("the directory events were not consumed within 10 minutes");
            }
            Thread.sleep(1000);
        }
        OUT.printf("directory events consumed by both services %.0f s later%n", (System.nanoTime() - t0) / 1e9);
    }
}
