package io.grassroots.platform.outbox;

import java.util.Map;
import java.util.TreeMap;

/**
 * The settings an admin client needs to reach the platform's brokers, taken from the service's
 * {@code kafka.*} configuration: the addresses and, on a cluster, the SCRAM/TLS settings Strimzi's
 * users require. Producer and consumer settings are left out, since the admin client warns on each.
 */
public final class KafkaConnection {
    private KafkaConnection() {
    }

    /** The connection settings of {@code kafka}: addresses, security protocol, SASL and SSL settings. */
    public static Map<String, Object> of(Map<String, Object> kafka) {
        Map<String, Object> settings = new TreeMap<>();
        kafka.forEach((name, value) -> {
            if (isConnection(name)) {
                settings.put(name, value);
            }
        });
        return settings;
    }

    private static boolean isConnection(String name) {
        return name.equals("bootstrap.servers") || name.equals("security.protocol")
                || name.equals("client.dns.lookup") || name.startsWith("sasl.") || name.startsWith("ssl.");
    }
}
