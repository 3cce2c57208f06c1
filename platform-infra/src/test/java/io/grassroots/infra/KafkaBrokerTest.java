package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            assertTrue(ChildProcesses.isListening(broker.port()));
            assertTrue(Files.exists(dir.resolve("logs").resolve("meta.properties")), "storage was formatted");

            broker.stop();
            assertFalse(broker.isRunning());
            assertFalse(ChildProcesses.isListening(broker.port()));

            broker.start();
            assertTrue(ChildProcesses.isListening(broker.port()), "the same port serves again after a restart");
        }
    }

    @Test
    void brokerClasspathHoldsKafkaButIsNotOnThisClasspath() {
        String classpath = KafkaBroker.brokerClasspath();
        assertTrue(classpath.contains("kafka_2.13"), classpath);
        assertFalse(System.getProperty("java.class.path").contains("kafka_2.13"),
                "the broker's jars must stay off the caller's classpath");
    }
}
