package io.grassroots.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A KRaft Kafka broker in a child JVM (alone, or a node of a {@link KafkaCluster}), started from Apache
 * Kafka's own Maven artifacts.
 * It keeps its ports and data directory across {@link #stop()} and {@link #start()}, so a test can
 * take the broker away and bring the same one back.
 */
public final class KafkaBroker implements AutoCloseable {
    /** C1 alone: a JVM that starts soonest, which tests that start many brokers want. */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String CLASSPATH_RESOURCE = "META-INF/platform/kafka-broker.classpath";
    private static final String STARTED_MARKER = "Kafka Server started";

    private final Path dataDir;
    private final KafkaBrokerConfig.Node node;
    /** The id the storage is formatted with: one for all nodes of a cluster. */
    private final String clusterId;
    private final String heap;
    private Process process;

    KafkaBroker(Path dataDir, KafkaBrokerConfig.Node node, String clusterId, String heap) {
        this.dataDir = dataDir;
        this.node = node;
        this.clusterId = clusterId;
        this.heap = heap;
    }

    /** A broker on the given client port (controller port picked free), keeping its data in dataDir. */
    public static KafkaBroker on(Path dataDir, int port) {
        return new KafkaBroker(dataDir, KafkaBrokerConfig.Node.alone(port, freePort()),
                KafkaBrokerConfig.newClusterId(), "512m");
    }

    /** A broker on free ports, for tests that must not collide with a running local stack. */
    public static KafkaBroker onFreePorts(Path dataDir) {
        return on(dataDir, freePort());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + node.port();
    }

    public int port() {
        return node.port();
    }

    /** The node's id in its cluster (1 when alone). */
    public int nodeId() {
        return node.id();
    }

    public Path logFile() {
        return dataDir.resolve("broker.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Formats the storage on first use, starts the broker and waits until it serves clients. */
    public synchronized KafkaBroker start() {
        if (isRunning()) {
            return this;
        }
        launch();
        return awaitStarted();
    }

    /**
     * Formats the storage on first use and starts the process without waiting: a cluster's nodes start
     * together, since none finishes starting before a majority of the quorum is up.
     */
    synchronized void launch() {
        try {
            Files.createDirectories(dataDir);
            Path config = KafkaBrokerConfig.write(dataDir, node);
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                format(config);
            }
            Files.deleteIfExists(logFile());
            process = javaProcess(brokerJit(), "kafka.Kafka", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka in " + dataDir, e);
        }
    }

    /** Waits until the launched broker serves clients. */
    synchronized KafkaBroker awaitStarted() {
        try {
            awaitStarted(Duration.ofSeconds(90));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka in " + dataDir + " did not start", e);
        }
    }

    /** kill -9 of the broker: no controlled shutdown; start() brings it back on the same data. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        awaitPortClosed(Duration.ofSeconds(15));
    }

    /** Stops the broker with a controlled shutdown, killing it if it does not stop in time. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ChildProcesses.stop(process, Duration.ofSeconds(30));
        process = null;
        awaitPortClosed(Duration.ofSeconds(15));
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path config) throws IOException {
        Process formatter = javaProcess(C1_ONLY, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
                config.toString(),
                "--ignore-formatted")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(dataDir.resolve("format.log").toFile()))
                .start();
        try {
            if (!formatter.waitFor(120, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                formatter.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage failed: "
                        + Files.readString(dataDir.resolve("format.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /**
     * The broker's JIT options: C1 alone unless GRASSROOTS_KAFKA_JAVA_OPTS (even empty) says otherwise, for a
     * broker under a long load (a benchmark) that wants C2's faster code. The storage formatter keeps C1 alone,
     * so that a recording's or a log's file named there is the broker's only.
     */
    private static String brokerJit() {
        return System.getenv().getOrDefault("GRASSROOTS_KAFKA_JAVA_OPTS", C1_ONLY);
    }

    private ProcessBuilder javaProcess(String jitOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms64m");
        command.add("-Xmx" + heap);
        command.add("-XX:+UseSerialGC");
        Arrays.stream(jitOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info");
        command.add("-cp");
        command.add(brokerClasspath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dataDir.toFile());
    }

    private void awaitStarted(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + ":\n" + tail());
            }
            if (Files.exists(logFile()) && Files.readString(logFile()).contains(STARTED_MARKER) && accepts()) {
                return;
            }
            sleep(200);
        }
        stop();
        throw new IllegalStateException("Kafka did not start within " + timeout + ":\n" + tail());
    }

    private void awaitPortClosed(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (accepts() && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
    }

    private boolean accepts() {
        return ChildProcesses.isListening(node.port());
    }

    private String tail() throws IOException {
        String log = Files.exists(logFile()) ? Files.readString(logFile()) : "";
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }

    static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build kafka-broker-runtime first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port that nothing listens on at this moment, below the kernel's ephemeral range: a port from that
     * range, free when chosen, can be taken by any outgoing connection (to Kafka, to PostgreSQL) before
     * the process it was chosen for binds it, and that process then fails to start. Ports are not handed
     * out twice by one JVM.
     */
    public static int freePort() {
        return FreePorts.next();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
