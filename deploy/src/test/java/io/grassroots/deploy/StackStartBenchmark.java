package io.grassroots.deploy;

import static io.grassroots.deploy.BenchStack.OUT;

import io.grassroots.infra.KafkaBroker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The local stack (#19): seconds from LocalStack's start (what ./deploy/run runs once the build is done)
 * until every application answers UP on /q/health/ready, and the resident memory of the platform's
 * processes (Kafka and the application JVMs; PostgreSQL, shared, left out); beside the Kafka broker
 * alone, started and measured the same way in the same run.
 */
final class StackStartBenchmark {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private StackStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        BenchStack.machine();
        Path brokerDir = root.resolve("deploy/target/bench-stack/broker-alone");
        StackLayout.deleteTree(brokerDir);
        long b0 = System.nanoTime();
        KafkaBroker alone = KafkaBroker.onFreePorts(brokerDir).start();
        double brokerSeconds = (System.nanoTime() - b0) / 1e9;
        long brokerRss = platformRss().values().stream().mapToLong(Long::longValue).sum();
        alone.stop();
        OUT.printf("baseline: the Kafka broker alone (KRaft, fresh storage) serves clients after %.1f s; RSS %.0f MB%n",
                brokerSeconds, brokerRss / 1024.0 / 1024.0);

        BenchStack bench = new BenchStack(root, "bench-stack");
        int status = 1;
        try {
            long t0 = System.nanoTime();
            Thread starter = new Thread(() -> {
                try {
                    bench.stack.start();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "stack-start");
            starter.start();
            double ready = awaitAllReady(bench.layout, t0, starter);
            Map<String, Double> cpuAtReady = platformCpu();
            starter.join();
            double started = (System.nanoTime() - t0) / 1e9;
            OUT.printf(
                    "every application ready (/q/health/ready UP) %.1f s after the start (fresh databases and broker);"
                            + " demo accounts created at %.1f s%n",
                    ready, started);
            Thread.sleep(5000);
            Map<String, Long> rss = platformRss();
            long services = rss.values().stream().mapToLong(Long::longValue).sum();
            rss.forEach((name, bytes) -> OUT.printf("  RSS %-34s %6.0f MB   CPU until ready %6.1f s%n", name,
                    bytes / 1024.0 / 1024.0, cpuAtReady.getOrDefault(name, 0.0)));
            double cpuUntilReady = cpuAtReady.values().stream().mapToDouble(Double::doubleValue).sum();
            OUT.printf("CPU of Kafka and the applications until every one was ready: %.1f s (%d of %d applications"
                    + " with a class archive, AppCDS)%n", cpuUntilReady, withClassArchive(), Service.ALL.size());
            long launcher = rssOf(ProcessHandle.current().pid());
            OUT.printf(
                    "resident memory of Kafka and the applications: %.2f GB; with the launcher JVM (this benchmark's,"
                            + " %.0f MB): %.2f GB (PostgreSQL left out)%n",
                    services / GIB, launcher / 1024.0 / 1024.0,
                    (services + launcher) / GIB);
            OUT.printf("ratio: stack ready / Kafka alone = %.1f / %.1f = %.1f; memory / Kafka alone = %.1f%n", ready,
                    brokerSeconds, ready / brokerSeconds, (double) services / brokerRss);
            OUT.printf("goals: ready <= 60 s: %s; memory <= 2 GB: %s%n", ready <= 60 ? "met" : "missed",
                    (services + launcher) / GIB <= 2 ? "met" : "missed");
            status = 0;
        } catch (Exception e) {
            bench.printFailure(e);
        } finally {
            long s0 = System.nanoTime();
            bench.close();
            OUT.printf("stack stopped in %.1f s; processes left: %d%n", (System.nanoTime() - s0) / 1e9,
                    platformRss().size());
            OUT.println("load average at the end (1, 5, 15 min): " + BenchStack.loadAverage());
        }
        System.exit(status);
    }

    /** Seconds from t0 until every application of the layout answers UP (polled every 100 ms). */
    private static double awaitAllReady(StackLayout layout, long t0, Thread starter) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<String> modules = Service.ALL.stream().map(Service::module).toList();
        java.util.Set<String> up = new java.util.HashSet<>();
        while (up.size() < modules.size()) {
            if (!starter.isAlive() && up.size() < modules.size() && System.nanoTime() - t0 > 1e9) {
                // start() awaits each application; if it ended without all of them up, it failed.
                for (String m : modules) {
                    if (!up.contains(m) && isUp(http, layout.url(m))) {
                        up.add(m);
                    }
                }
                if (up.size() < modules.size()) {
                    throw new IllegalStateException("the stack did not start; up: " + up);
                }
            }
            for (String m : modules) {
                if (!up.contains(m) && isUp(http, layout.url(m))) {
                    up.add(m);
                }
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static boolean isUp(HttpClient http, String base) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** RSS in bytes of this JVM's descendants (Kafka and the applications), by name; PostgreSQL's left out. */
    private static Map<String, Long> platformRss() {
        Map<String, Long> out = new TreeMap<>();
        platformProcesses().forEach((name, pid) -> {
            long bytes = rssOf(pid);
            if (bytes > 0) {
                out.put(name, bytes);
            }
        });
        return out;
    }

    /** CPU seconds (user and system) each of the platform's processes has used so far, by name. */
    private static Map<String, Double> platformCpu() {
        Map<String, Double> out = new TreeMap<>();
        platformProcesses().forEach((name, pid) -> ProcessHandle.of(pid)
                .flatMap(p -> p.info().totalCpuDuration())
                .ifPresent(cpu -> out.put(name, cpu.toMillis() / 1000.0)));
        return out;
    }

    /** How many application processes run with a class archive (-XX:SharedArchiveFile). */
    private static long withClassArchive() {
        return ProcessHandle.current().descendants()
                .filter(p -> commandLine(p.pid()).contains("-XX:SharedArchiveFile=")).count();
    }

    /** This JVM's descendants that are Kafka or an application, by name with their pid; PostgreSQL's left out. */
    private static Map<String, Long> platformProcesses() {
        Map<String, Long> out = new TreeMap<>();
        ProcessHandle.current().descendants().forEach(p -> {
            String command = commandLine(p.pid());
            if (command.isEmpty() || command.contains("postgres") || command.contains("pg_ctl")) {
                return;
            }
            // An application with its class archive runs from its quarkus-app directory, named there.
            String where = command.contains(" quarkus-run.jar") ? workingDirectory(p.pid()) + "/" + command : command;
            String name = command.contains("kafka.Kafka") ? "kafka broker (" + p.pid() + ")"
                    : where.replaceAll(".*/([\\w-]+)/target/quarkus-app/.*quarkus-run.jar.*", "$1");
            out.put(name.contains("(") ? name : shortName(name) + " (" + p.pid() + ")", p.pid());
        });
        return out;
    }

    private static String shortName(String command) {
        return command.length() > 26 ? command.substring(0, 26) : command;
    }

    private static String workingDirectory(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/" + pid + "/cwd")).toString();
        } catch (IOException e) {
            return "";
        }
    }

    /** The full command line (ProcessHandle's may lack the arguments). */
    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static long rssOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException e) {
            // The process ended meanwhile: it holds no memory.
        }
        return 0;
    }
}
