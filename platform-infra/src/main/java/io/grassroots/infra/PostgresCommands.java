package io.grassroots.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The commands of Debian's PostgreSQL installation that {@link PostgresCluster} runs. */
final class PostgresCommands {
    static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

    private PostgresCommands() {
    }

    static void dropLeftovers(String version, String prefix) throws IOException {
        Path clusters = Path.of("/etc/postgresql", version);
        if (!Files.isDirectory(clusters)) {
            return;
        }
        try (Stream<Path> names = Files.list(clusters)) {
            for (Path p : names.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                String leftover = p.getFileName().toString();
                // One whose JVM still runs is another test fork's or run's, perhaps made a moment ago and not
                // started yet (two forks of platform-infra's tests dropped each other's so); a running one of
                // unknown owner may be another worktree's. Both are left alone.
                if (ownerAlive(leftover, prefix) || isRunning(version, leftover)) {
                    continue;
                }
                try {
                    run(List.of("pg_dropcluster", version, leftover, "--stop"));
                } catch (IOException e) {
                    // Dropped meanwhile by another fork's look at the same leftovers: gone either way.
                    if (Files.isDirectory(p)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** A cluster's name for this JVM: the prefix, the JVM's pid and the port, so that a leftover names its owner. */
    static String clusterName(String prefix, int port) {
        return prefix + ProcessHandle.current().pid() + "_" + port;
    }

    /** Whether the JVM that made the cluster of this name still runs (false for a name without its pid). */
    static boolean ownerAlive(String name, String prefix) {
        String[] parts = name.substring(prefix.length()).split("_");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
            return false;
        }
        return ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false);
    }

    /** pg_ctlcluster status: 0 while the server runs, 3 when it is stopped. */
    private static boolean isRunning(String version, String name) throws IOException {
        try {
            Process status = new ProcessBuilder("pg_ctlcluster", version, name, "status").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return status.waitFor(30, TimeUnit.SECONDS) && status.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    static Optional<String> newestVersion() {
        if (!Files.isDirectory(DEBIAN_VERSIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .map(v -> v.getFileName().toString()).filter(v -> v.matches("\\d+"))
                    .max(Comparator.comparingInt(Integer::parseInt));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String binary(String version, String name) {
        return DEBIAN_VERSIONS.resolve(version).resolve("bin").resolve(name).toString();
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " was interrupted", e);
        }
    }
}
