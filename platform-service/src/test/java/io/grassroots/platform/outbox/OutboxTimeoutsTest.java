package io.grassroots.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The startup check that a relay batch ends well within the transaction it runs in. */
class OutboxTimeoutsTest {
    private static final Duration TX = Duration.ofSeconds(60);

    @Test
    void theDefaultsAndTheTestSettingsFitIntoTheDefaultTransaction() {
        assertEquals(Duration.ofSeconds(25), OutboxTimeouts.batchBudget(Duration.ofSeconds(5), Duration.ofSeconds(15)));
        assertDoesNotThrow(() -> OutboxTimeouts.check(Duration.ofSeconds(5), Duration.ofSeconds(15), TX));
        assertDoesNotThrow(() -> OutboxTimeouts.check(Duration.ofSeconds(2), Duration.ofSeconds(4), TX));
    }

    @Test
    void aBatchThatCouldOutlastItsTransactionStopsTheStartWithTheSettingsNamed() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> OutboxTimeouts.check(Duration.ofSeconds(5), Duration.ofSeconds(50), TX));
        assertTrue(refused.getMessage().contains("outbox.request-timeout (5 s) + outbox.delivery-timeout (50 s) + 5 s "
                + "= 60 s must be below"), refused.getMessage());
        assertTrue(refused.getMessage().contains("quarkus.transaction-manager.default-transaction-timeout, 60 s"),
                refused.getMessage());
        // Just below is fine; a longer transaction makes room.
        assertDoesNotThrow(() -> OutboxTimeouts.check(Duration.ofSeconds(5), Duration.ofMillis(49_999), TX));
        assertDoesNotThrow(() -> OutboxTimeouts.check(Duration.ofSeconds(5), Duration.ofSeconds(50),
                Duration.ofSeconds(61)));
    }

    @Test
    void aDeliveryTimeoutShorterThanKafkaAllowsIsRefusedAtStartNotAtTheFirstSend() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> OutboxTimeouts.check(Duration.ofSeconds(5), Duration.ofSeconds(5), TX));
        assertTrue(refused.getMessage().contains("outbox.delivery-timeout (5 s) must be at least"),
                refused.getMessage());
    }
}
