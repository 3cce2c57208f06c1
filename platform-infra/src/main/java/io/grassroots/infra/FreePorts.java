package io.grassroots.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Free ports for child processes, chosen below the ephemeral range so that no outgoing connection takes them first. */
final class FreePorts {
    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final Set<Integer> HANDED = new HashSet<>();

    private FreePorts() {
    }

    static synchronized int next() {
        int below = ephemeralStart();
        if (below - LOWEST >= 1_000) {
            for (int attempt = 0; attempt < 200; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
                if (!HANDED.contains(port) && bindable(port)) {
                    HANDED.add(port);
                    return port;
                }
            }
        }
        // No room below the ephemeral range (or none free): any port the kernel gives.
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HANDED.add(socket.getLocalPort());
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the kernel's ephemeral ports start (32768 by default on Linux). */
    private static int ephemeralStart() {
        try {
            // Read as lines: procfs reports a size of 0, and a read sized by it stops early.
            return Integer.parseInt(Files.readAllLines(RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
