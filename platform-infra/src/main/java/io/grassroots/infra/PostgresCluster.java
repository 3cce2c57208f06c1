package io.grassroots.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import static io.grassroots.infra.PostgresCommands.binary;
import static io.grassroots.infra.PostgresCommands.dropLeftovers;
import static io.grassroots.infra.PostgresCommands.isRoot;
import static io.grassroots.infra.PostgresCommands.newestVersion;
import static io.grassroots.infra.PostgresCommands.run;

/**
 * A throwaway PostgreSQL cluster on a free port, so that a test may stop and start the database
 * under running services without touching the machine's own server. As root it is made with
 * Debian's pg_createcluster (which runs the server as the postgres user); otherwise with initdb and
 * pg_ctl in a directory of the caller's. Trust authentication, for the tests that made it.
 */
public final class PostgresCluster implements AutoCloseable {
    private static final String PREFIX = "grassroots_it_";

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
                "no PostgreSQL binaries under " + PostgresCommands.DEBIAN_VERSIONS));
        int port = KafkaBroker.freePort();
        String name = PostgresCommands.clusterName(PREFIX, port);
        PostgresCluster cluster;
        if (isRoot()) {
            dropLeftovers(version, PREFIX);
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
        String standbyName = PostgresCommands.clusterName(PREFIX, standbyPort);
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

    /**
     * A {@link #standby} this primary then waits for (see {@link SynchronousReplication}): every commit
     * acknowledged from then on is on the standby too, and is there after the primary crashes and it is
     * promoted. Returns once the primary reports it as 'sync'.
     */
    public PostgresCluster synchronousStandby(Path workDirectory) throws IOException {
        PostgresCluster standby = standby(workDirectory);
        try {
            SynchronousReplication.require(server(), Duration.ofSeconds(60));
        } catch (IOException | RuntimeException e) {
            standby.close();
            throw e;
        }
        return standby;
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

    /**
     * kill -9 of the server's postmaster and of every process it started, as when its machine fails: nothing
     * is shut down, flushed or sent to a standby any more. {@link #start()} recovers it from its WAL.
     */
    public void crash() throws IOException {
        Path data = ownDirectory != null ? ownDirectory : Path.of("/var/lib/postgresql", version, name);
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IOException("the postmaster " + pid + " of " + name + " is not running"));
        List<ProcessHandle> children = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + name + " to die", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(name + " did not die within 30 s of kill -9", e);
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
                if (Files.exists(ownDirectory.resolve("postmaster.pid"))) {
                    stopAfterCrash();
                }
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

    /** An immediate stop, which fails when the server was {@link #crash()}ed; its files go all the same. */
    private void stopAfterCrash() {
        try {
            stop("immediate");
        } catch (IOException e) {
            System.err.println(name + " was not running: " + e.getMessage());
        }
    }
}
