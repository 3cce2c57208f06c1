package io.grassroots.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A KRaft Kafka cluster of several nodes, each broker and controller at once, in child JVMs on free
 * ports: topics replicated to up to three nodes with min.insync.replicas one less, so that with
 * acks=all a write survives the loss of any one node. For the scale-out test; production runs Strimzi.
 */
public final class KafkaCluster implements AutoCloseable {
    private final List<KafkaBroker> nodes;

    private KafkaCluster(List<KafkaBroker> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** A cluster of this many nodes, each keeping its data under dir/node-<id> and a heap of this size. */
    public static KafkaCluster onFreePorts(Path dir, int size, String heap) {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster has at least one node: " + size);
        }
        List<int[]> ports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(new int[] { KafkaBroker.freePort(), KafkaBroker.freePort() });
        }
        StringBuilder voters = new StringBuilder();
        for (int i = 0; i < size; i++) {
            voters.append(i == 0 ? "" : ",").append(i + 1).append("@127.0.0.1:").append(ports.get(i)[1]);
        }
        String clusterId = KafkaBrokerConfig.newClusterId();
        List<KafkaBroker> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            KafkaBrokerConfig.Node node = new KafkaBrokerConfig.Node(i + 1, ports.get(i)[0], ports.get(i)[1],
                    voters.toString(), Math.min(3, size));
            nodes.add(new KafkaBroker(dir.resolve("node-" + (i + 1)), node, clusterId, heap));
        }
        return new KafkaCluster(nodes);
    }

    /** Starts every node that is not running, together, and waits until each serves clients. */
    public KafkaCluster start() {
        List<KafkaBroker> starting = nodes.stream().filter(n -> !n.isRunning()).toList();
        starting.forEach(KafkaBroker::launch);
        starting.forEach(KafkaBroker::awaitStarted);
        return this;
    }

    /** Every node's client address, for clients to find the cluster whichever nodes are down. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    public List<KafkaBroker> nodes() {
        return nodes;
    }

    /** The node with this id (1 to the cluster's size). */
    public KafkaBroker node(int id) {
        return nodes.get(id - 1);
    }

    @Override
    public void close() {
        nodes.forEach(KafkaBroker::stop);
    }
}
