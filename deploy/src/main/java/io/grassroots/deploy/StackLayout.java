package io.grassroots.deploy;

import io.grassroots.infra.KafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a stack lives: its state directory (keys, logs, broker data), the broker's port, each
 * service's port, and a suffix for database names, so that a test can run a whole second stack
 * next to a developer's own.
 */
record StackLayout(Path state, int kafkaPort, Map<String, Integer> ports, String databaseSuffix) {
    /** DESIGN.md's ports and database names. */
    static StackLayout standard(Path root) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Service service : Service.ALL) {
            ports.put(service.module(), service.defaultPort());
        }
        return new StackLayout(root.resolve(".local"), 9092, ports, "");
    }

    /** Free ports everywhere and databases of their own, for tests. */
    static StackLayout isolated(Path state, String databaseSuffix) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Service service : Service.ALL) {
            ports.put(service.module(), KafkaBroker.freePort());
        }
        return new StackLayout(state, KafkaBroker.freePort(), ports, databaseSuffix);
    }

    int port(String module) {
        return ports.get(module);
    }

    String url(String module) {
        return "http://127.0.0.1:" + port(module);
    }

    /** The application's database name in this stack, or null when it has none. */
    String database(Service service) {
        return service.hasDatabase() ? service.database() + databaseSuffix : null;
    }

    /** Deletes a directory with everything in it (nothing when it is not there). */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
