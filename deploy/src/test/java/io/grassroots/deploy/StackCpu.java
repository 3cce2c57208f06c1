package io.grassroots.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time per process of a running stack, read from /proc before and after a measured phase: each
 * application's JVM (and of that, its JIT compiler threads), Kafka, the benchmark's own PostgreSQL
 * cluster (its postmaster and backends, exited ones included) and the benchmark's client, beside the
 * whole machine's busy time, so a phase's figures say how much CPU a unit of work took and whether
 * something else shared the cores.
 */
final class StackCpu {
    /** USER_HZ: the unit of /proc's times, 100 on Linux on every architecture the project runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final int postgresPort;

    /** @param postgresPort the port of the benchmark's own cluster, or 0 when it uses the machine's server */
    StackCpu(int postgresPort) {
        this.postgresPort = postgresPort;
    }

    /** CPU seconds so far, by process label; "jit of X" is X's compiler threads alive now. */
    record Sample(Map<String, Double> seconds, double machineBusy, double machineTotal) {
        /** What was spent from an earlier sample to this one. */
        Map<String, Double> since(Sample before) {
            Map<String, Double> out = new LinkedHashMap<>();
            seconds.forEach((k, v) -> out.put(k, Math.max(0, v - before.seconds.getOrDefault(k, 0.0))));
            return out;
        }
    }

    Sample sample() throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            // /proc's whole command line: ProcessHandle's is cut short, before Kafka's main class.
            String label = label(commandLine(Path.of("/proc", String.valueOf(p.pid()))));
            if (label != null) {
                add(seconds, label, own(p.pid()));
                add(seconds, "jit of " + label, jit(p.pid()));
            }
        }
        add(seconds, "postgres", postgres());
        add(seconds, "client", own(ProcessHandle.current().pid()));
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        double total = 0;
        for (int i = 1; i < cpu.length; i++) {
            total += Long.parseLong(cpu[i]);
        }
        double idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new Sample(seconds, (total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND);
    }

    /**
     * One line per phase: each process's CPU seconds (its JIT threads' in brackets), the stack's sum (the
     * client's excluded) per unit of work, and the machine's busy core-seconds of those it had.
     */
    static String describe(Sample before, Sample after, int units, String unit) {
        Map<String, Double> spent = after.since(before);
        StringBuilder line = new StringBuilder("  CPU s:");
        double stack = 0;
        for (Map.Entry<String, Double> e : spent.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("jit of ")) {
                continue;
            }
            line.append(' ').append(name).append(String.format(" %.2f", e.getValue()));
            Double jit = spent.get("jit of " + name);
            if (jit != null && jit >= 0.005) {
                line.append(String.format(" (JIT %.2f)", jit));
            }
            line.append(',');
            stack += name.equals("client") ? 0 : e.getValue();
        }
        line.setLength(line.length() - 1);
        line.append(String.format("%n  CPU per %s: stack (client excluded) %.1f ms; machine busy %.1f of %.1f core-s",
                unit, stack * 1000 / units, after.machineBusy - before.machineBusy,
                after.machineTotal - before.machineTotal));
        return line.toString();
    }

    /** The application a JVM of the stack runs, by its packaged jar or main class; null for helpers. */
    private static String label(String commandLine) {
        for (Service s : Service.ALL) {
            if (commandLine.contains("/" + s.module() + "/target/quarkus-app/quarkus-run.jar")) {
                return s.module();
            }
        }
        return commandLine.contains("kafka.Kafka") ? "kafka" : null;
    }

    private static void add(Map<String, Double> seconds, String label, double value) {
        seconds.merge(label, value, Double::sum);
    }

    /** utime + stime of a process (all its threads, exited ones included). */
    private static double own(long pid) {
        String[] f = stat(Path.of("/proc", String.valueOf(pid), "stat"));
        return f == null ? 0 : (Long.parseLong(f[12]) + Long.parseLong(f[13])) / TICKS_PER_SECOND;
    }

    /** The compiler threads of a JVM that are alive now (HotSpot names them "C1/C2 CompilerThre…"). */
    private static double jit(long pid) throws IOException {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        double sum = 0;
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                String[] f = stat(task.resolve("stat"));
                if (f != null && f[0].contains("CompilerThre")) {
                    sum += (Long.parseLong(f[12]) + Long.parseLong(f[13])) / TICKS_PER_SECOND;
                }
            }
        } catch (IOException e) {
            return sum;
        }
        return sum;
    }

    /**
     * The cluster's postmaster (its data directory, named after the port, on its command line) with its
     * reaped children's times, plus the backends alive now.
     */
    private double postgres() throws IOException {
        if (postgresPort == 0) {
            return 0;
        }
        List<long[]> all = new ArrayList<>();
        long postmaster = -1;
        try (Stream<Path> list = Files.list(Path.of("/proc"))) {
            for (Path p : list.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] f = stat(p.resolve("stat"));
                if (f == null || !f[0].equals("postgres")) {
                    continue;
                }
                long pid = Long.parseLong(p.getFileName().toString());
                all.add(new long[] { pid, Long.parseLong(f[2]), Long.parseLong(f[12]) + Long.parseLong(f[13]),
                        Long.parseLong(f[14]) + Long.parseLong(f[15]) });
                String cmd = commandLine(p);
                if (cmd.contains(" -D ") && cmd.contains(String.valueOf(postgresPort))) {
                    postmaster = pid;
                }
            }
        }
        double ticks = 0;
        for (long[] p : all) {
            if (p[0] == postmaster) {
                ticks += p[2] + p[3];
            } else if (p[1] == postmaster) {
                ticks += p[2];
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static String commandLine(Path proc) {
        try {
            return new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** /proc's stat fields from the command name on (index i is field i + 2: 0 comm, 2 ppid, 12 utime), or null when gone. */
    private static String[] stat(Path file) {
        try {
            String s = Files.readString(file);
            int open = s.indexOf('(');
            int close = s.lastIndexOf(')');
            String[] rest = s.substring(close + 2).split(" ");
            String[] out = new String[rest.length + 1];
            out[0] = s.substring(open + 1, close);
            System.arraycopy(rest, 0, out, 1, rest.length);
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
