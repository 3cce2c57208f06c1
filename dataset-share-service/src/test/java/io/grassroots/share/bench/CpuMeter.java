package io.grassroots.share.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time spent by each party of a benchmark run (the service, PostgreSQL, the broker, the load
 * generator), so a latency figure can be read against where the machine's two cores went.
 */
final class CpuMeter {
    private final long servicePid;

    CpuMeter(long servicePid) {
        this.servicePid = servicePid;
    }

    /** CPU time so far by party; PostgreSQL's is the sum over its processes. */
    Map<String, Duration> snapshot() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        cpu.put("service", Duration.ZERO);
        cpu.put("postgres", Duration.ZERO);
        cpu.put("broker", Duration.ZERO);
        cpu.put("client", ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        ProcessHandle.allProcesses().forEach(p -> {
            String party = partyOf(p);
            if (party != null) {
                cpu.merge(party, p.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus);
            }
        });
        return cpu;
    }

    /** Milliseconds of CPU per request for each party between two snapshots. */
    static String perRequest(Map<String, Duration> before, Map<String, Duration> after, long requests) {
        StringBuilder out = new StringBuilder("cpu ms/request:");
        after.forEach((party, total) -> out.append(String.format(java.util.Locale.ROOT, " %s %.2f", party,
                (total.toNanos() - before.getOrDefault(party, Duration.ZERO).toNanos()) / 1e6
                        / Math.max(1, requests))));
        return out.toString();
    }

    private String partyOf(ProcessHandle p) {
        if (p.pid() == servicePid) {
            return "service";
        }
        String command = p.info().command().orElse("");
        if (command.contains("postgres")) {
            return "postgres";
        }
        boolean child = p.parent().map(parent -> parent.pid() == ProcessHandle.current().pid()).orElse(false);
        return child && command.endsWith("java") ? "broker" : null;
    }
}
