package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {
    @TempDir
    Path dir;

    @Test
    void brokerStartsStopsAndComesBackOnTheSamePortWithItsData() throws Exception {
        try (KafkaBroker broker = KafkaBroker.onFreePorts(dir)) {
            broker.start();
            assertTrue(broker.isRunning());
            assertTrue(accepts(broker.port()));
            assertTrue(Files.exists(dir.resolve("logs").resolve("meta.properties")), "storage was formatted");

            broker.stop();
            assertFalse(broker.isRunning());
            assertFalse(accepts(broker.port()));

            broker.start();
            assertTrue(accepts(broker.port()), "the same port serves again after a restart");
        }
    }

    @Test
    void brokerClasspathHoldsKafkaButIsNotOnThisClasspath() {
        String classpath = KafkaBroker.brokerClasspath();
        assertTrue(classpath.contains("kafka_2.13"), classpath);
        assertFalse(System.getProperty("java.class.path").contains("kafka_2.13"),
                "the broker's jars must stay off the caller's classpath");
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
