package io.grassroots.infra;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The server.properties of a KRaft node that is broker and controller at once (alone, or one of a
 * cluster's voters), and the cluster id its storage is formatted with.
 */
final class KafkaBrokerConfig {
    private KafkaBrokerConfig() {
    }

    /**
     * One node: its id, client and controller ports, the quorum's voters ("1@127.0.0.1:9093,…"), and the
     * replication of the internal topics (the cluster's size, at most 3; min.insync one less).
     */
    record Node(int id, int port, int controllerPort, String voters, int replication) {
        static Node alone(int port, int controllerPort) {
            return new Node(1, port, controllerPort, "1@127.0.0.1:" + controllerPort, 1);
        }

        int minInSync() {
            return Math.max(1, replication - 1);
        }
    }

    /** Writes dataDir/server.properties for the node and returns its path. */
    static Path write(Path dataDir, Node node) throws IOException {
        int port = node.port();
        int controllerPort = node.controllerPort();
        String replication = String.valueOf(node.replication());
        String minInSync = String.valueOf(node.minInSync());
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(node.id()));
        p.setProperty("controller.quorum.voters", node.voters());
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("logs").toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", replication);
        p.setProperty("min.insync.replicas", minInSync);
        p.setProperty("offsets.topic.replication.factor", replication);
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", replication);
        p.setProperty("transaction.state.log.min.isr", minInSync);
        p.setProperty("share.coordinator.state.topic.replication.factor", replication);
        p.setProperty("share.coordinator.state.topic.min.isr", minInSync);
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        Path config = dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(out, "KRaft node " + node.id() + " for the grassroots platform");
        }
        return config;
    }

    /** A new cluster id: 16 random bytes in URL-safe Base64, not starting with '-' (the tool would read an option). */
    static String newClusterId() {
        byte[] bytes = new byte[16];
        SecureRandom random = new SecureRandom();
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
