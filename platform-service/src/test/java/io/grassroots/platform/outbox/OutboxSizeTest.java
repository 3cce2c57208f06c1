package io.grassroots.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import io.grassroots.events.directory.UnitUpsertedV1;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outbox refuses, before writing anything, an event larger than the producer and the topics take. */
class OutboxSizeTest {
    /** The mapper the services' outbox is given has the platform's one JSON configuration. */
    private final ObjectMapper json = PlatformJson.shared();
    /** Every SQL call the outbox made, as "method" or "createArrayOf:first element" (a column of the rows). */
    private final List<String> calls = new ArrayList<>();

    /** A unit whose name (3 bytes a character in UTF-8) makes the JSON as large as wanted. */
    private static UnitUpsertedV1 unit(String code, int nameChars) {
        return new UnitUpsertedV1(code, "检".repeat(nameChars), "VILLAGE", "450102001", "450102", "4501", "45");
    }

    private int bytes(UnitUpsertedV1 event) throws Exception {
        return json.writeValueAsString(event).getBytes(StandardCharsets.UTF_8).length;
    }

    private Outbox outbox(int maxEventBytes) {
        Outbox outbox = new Outbox();
        outbox.json = json;
        outbox.clock = Clock.systemUTC();
        outbox.config = new Limits(maxEventBytes);
        return outbox;
    }

    @Test
    void anEventOfExactlyTheLimitIsWrittenAndOneByteMoreIsRefusedInBytesNotCharacters() throws Exception {
        UnitUpsertedV1 event = unit("450102001001", 2000);
        int size = bytes(event);
        assertTrue(size > 6000, "the name counts three bytes a character: " + size);

        outbox(size).write(connection(), List.of(event));
        assertTrue(calls.contains("executeUpdate"), calls.toString());
        assertTrue(calls.stream().anyMatch(c -> c.startsWith("createArrayOf:{") && c.contains("检检")),
                calls.toString());

        calls.clear();
        EventTooLargeException refused = assertThrows(EventTooLargeException.class,
                () -> outbox(size - 1).write(connection(), List.of(event)));
        assertEquals(422, refused.status());
        assertEquals(EventTooLargeException.RULE, refused.toProblem("/api/x").violations().get(0).rule());
        assertTrue(refused.getMessage().contains("unit.upserted.v1"), refused.getMessage());
        assertEquals(List.of(), calls, "nothing is prepared or written");
    }

    @Test
    void oneTooLargeEventOfAChangeRefusesTheWholeChangeBeforeTheFirstRow() throws Exception {
        UnitUpsertedV1 small = unit("450102001001", 10);
        UnitUpsertedV1 large = unit("450102001002", 5000);
        assertThrows(EventTooLargeException.class,
                () -> outbox(bytes(large) - 1).write(connection(), List.of(small, large)));
        assertEquals(List.of(), calls, "not even the small event's row");
    }

    /** A JDBC connection that records what the outbox asks of it. */
    private Connection connection() {
        Connection[] connection = new Connection[1];
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return switch (method.getName()) {
                        case "executeUpdate" -> 1;
                        case "getConnection" -> connection[0];
                        default -> null;
                    };
                });
        connection[0] = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                    calls.add(method.getName().equals("createArrayOf") ? "createArrayOf:" + ((Object[]) args[1])[0]
                            : method.getName());
                    return method.getName().equals("prepareStatement") ? statement : null;
                });
        return connection[0];
    }

    /** The outbox's settings with the given event limit. */
    record Limits(int maxEventBytes) implements OutboxConfig {
        @Override
        public int batchSize() {
            return 500;
        }

        @Override
        public boolean relayEnabled() {
            return true;
        }

        @Override
        public Duration interval() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration wakeDelay() {
            return Duration.ofMillis(100);
        }

        @Override
        public List<String> topics() {
            return List.of("directory");
        }

        @Override
        public Optional<List<String>> compactedTopics() {
            return Optional.empty();
        }

        @Override
        public Duration requestTimeout() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration deliveryTimeout() {
            return Duration.ofSeconds(15);
        }

        @Override
        public Duration keepPublished() {
            return Duration.ofDays(7);
        }

        @Override
        public short replicationFactor() {
            return 1;
        }

        @Override
        public int partitions() {
            return 3;
        }
    }
}
