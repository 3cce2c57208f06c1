package io.grassroots.testing;

import io.grassroots.infra.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Kafka broker for a test run, on free ports so that a running local stack is never touched.
 * KAFKA_BOOTSTRAP_SERVERS points the tests at an external cluster instead.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;
    private static String bootstrapServers;
    private Path dataDir;

    /** The broker this run started, for tests that stop and restart it; fails on an external cluster. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("no local broker: the tests run against " + bootstrapServers);
        }
        return broker;
    }

    public static synchronized boolean ownsBroker() {
        return broker != null;
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("Kafka is not started yet");
        }
        return bootstrapServers;
    }

    @Override
    public synchronized Map<String, String> start() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            bootstrapServers = external;
        } else if (broker == null) {
            try {
                dataDir = Files.createTempDirectory("grassroots-kafka-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker = KafkaBroker.onFreePorts(dataDir).start();
            bootstrapServers = broker.bootstrapServers();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-test-broker-stop"));
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.stop();
            broker = null;
            deleteQuietly(dataDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }
}
