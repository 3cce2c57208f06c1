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

/**
 * A throwaway PostgreSQL cluster on a free port, so that a test may stop and start the database
 * under running services without touching the machine's own server. As root it is made with
 * Debian's pg_createcluster (which runs the server as the postgres user); otherwise with initdb and
 * pg_ctl in a directory of the caller's. Trust authentication, for the tests that made it.
 */
public final class PostgresCluster implements AutoCloseable {
    private static final String PREFIX = "grassroots_it_";
    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

    private final String version;
    private final String name;
    private final int port;
    /** The data directory when made with initdb (null when pg_createcluster owns it). */
    private final Path ownDirectory;
    /** A hot standby must allow at least as many connections as its primary, or it will not start. */
    private final int maxConnections;

    private PostgresCluster(String version, String name, int port, Path ownDirectory, int maxConnections) {
        this.version = version;
        this.name = name;
        this.port = port;
        this.ownDirectory = ownDirectory;
        this.maxConnections = maxConnections;
    }

    /** Whether this machine can make one: a Debian PostgreSQL installation with its binaries. */
    public static boolean isPossible() {
        return newestVersion().isPresent();
    }

    /** Makes and starts a cluster; under root, stopped clusters an earlier run left behind are dropped first. */
    public static PostgresCluster create(Path workDirectory, int maxConnections) throws IOException {
        String version = newestVersion().orElseThrow(() -> new IllegalStateException(
                "no PostgreSQL binaries under " + DEBIAN_VERSIONS));
        int port = KafkaBroker.freePort();
        String name = PREFIX + port;
        PostgresCluster cluster;
        if (isRoot()) {
            dropLeftovers(version);
            run(List.of("pg_createcluster", version, name, "-p", String.valueOf(port), "-o",
                    "max_connections=" + maxConnections, "--", "-A", "trust"));
            cluster = new PostgresCluster(version, name, port, null, maxConnections);
        } else {
            Path data = workDirectory.resolve(name);
            Files.createDirectories(workDirectory);
            run(List.of(binary(version, "initdb"), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                    "--no-sync"));
            Files.writeString(data.resolve("postgresql.conf"), "\nport = " + port + "\nlisten_addresses = '127.0.0.1'"
                    + "\nunix_socket_directories = ''\nmax_connections = " + maxConnections + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            cluster = new PostgresCluster(version, name, port, data, maxConnections);
        }
        return started(cluster);
    }

    /**
     * Makes and starts a streaming standby of this cluster on a free port (pg_basebackup -R -X stream):
     * it follows every write, answers reads, and takes over as primary when {@link #promote()}d.
     */
    public PostgresCluster standby(Path workDirectory) throws IOException {
        int standbyPort = KafkaBroker.freePort();
        String standbyName = PREFIX + standbyPort;
        PostgresCluster standby;
        if (ownDirectory == null) {
            run(List.of("pg_createcluster", version, standbyName, "-p", String.valueOf(standbyPort), "-o",
                    "max_connections=" + maxConnections, "--", "-A", "trust"));
            Path data = Path.of("/var/lib/postgresql", version, standbyName);
            run(List.of("runuser", "-u", "postgres", "--", "sh", "-c", "rm -rf '" + data + "'/* && "
                    + binary(version, "pg_basebackup") + " -h 127.0.0.1 -p " + port + " -U postgres -D '" + data
                    + "' -R -X stream"));
            standby = new PostgresCluster(version, standbyName, standbyPort, null, maxConnections);
        } else {
            Path data = workDirectory.resolve(standbyName);
            Files.createDirectories(workDirectory);
            run(List.of(binary(version, "pg_basebackup"), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
                    "postgres", "-D", data.toString(), "-R", "-X", "stream"));
            Files.writeString(data.resolve("postgresql.conf"), "\nport = " + standbyPort + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            standby = new PostgresCluster(version, standbyName, standbyPort, data, maxConnections);
        }
        return started(standby);
    }

    /** Starts a cluster just made, dropping it again when it does not start. */
    private static PostgresCluster started(PostgresCluster cluster) throws IOException {
        try {
            cluster.start();
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Makes a standby the primary: it stops following and takes writes. */
    public void promote() throws IOException {
        if (ownDirectory == null) {
            run(List.of("pg_ctlcluster", version, name, "promote"));
        } else {
            run(List.of(binary(version, "pg_ctl"), "-D", ownDirectory.toString(), "-w", "promote"));
        }
    }

    /** The server, as the platform's services and tools address it. */
    public PostgresServer server() {
        return new PostgresServer("127.0.0.1", port, "postgres", "");
    }

    public int port() {
        return port;
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() throws IOException {
        if (ownDirectory == null) {
            run(List.of("pg_ctlcluster", version, name, "start"));
        } else {
            run(List.of(binary(version, "pg_ctl"), "-D", ownDirectory.toString(), "-l",
                    ownDirectory.resolve("server.log").toString(), "-w", "start"));
        }
    }

    /**
     * Stops the server: "fast" ends every session with "terminating connection due to administrator
     * command" and shuts down cleanly; "immediate" is a crash, recovered from the WAL at the next start.
     */
    public void stop(String mode) throws IOException {
        if (ownDirectory == null) {
            run(List.of("pg_ctlcluster", version, name, "stop", "-m", mode));
        } else {
            run(List.of(binary(version, "pg_ctl"), "-D", ownDirectory.toString(), "-m", mode, "-w", "stop"));
        }
    }

    @Override
    public void close() {
        try {
            if (ownDirectory == null) {
                run(List.of("pg_dropcluster", version, name, "--stop"));
            } else {
                stop("immediate");
                try (Stream<Path> files = Files.walk(ownDirectory)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("could not drop the throwaway PostgreSQL cluster " + name + ": " + e.getMessage());
        }
    }

    private static void dropLeftovers(String version) throws IOException {
        Path clusters = Path.of("/etc/postgresql", version);
        if (!Files.isDirectory(clusters)) {
            return;
        }
        try (Stream<Path> names = Files.list(clusters)) {
            for (Path p : names.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                String leftover = p.getFileName().toString();
                // A running one may be another test run's on this machine (two worktrees at once): left alone.
                if (!isRunning(version, leftover)) {
                    run(List.of("pg_dropcluster", version, leftover, "--stop"));
                }
            }
        }
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

    private static Optional<String> newestVersion() {
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

    private static String binary(String version, String name) {
        return DEBIAN_VERSIONS.resolve(version).resolve("bin").resolve(name).toString();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) throws IOException {
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
