package io.grassroots.platform.inbox;

import static io.grassroots.platform.inbox.EventDelivery.Next.GIVE_UP;
import static io.grassroots.platform.inbox.EventDelivery.Next.HOLD;
import static io.grassroots.platform.inbox.EventDelivery.Next.RETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a failed attempt leads to: a good event is never given up because its service is stopping. */
class EventDeliveryNextTest {

    @Test
    void aFailureThatPassesIsRetriedWithoutEnd() {
        assertEquals(RETRY, EventDelivery.next(1, true, false));
        assertEquals(RETRY, EventDelivery.next(1_000, true, false));
    }

    @Test
    void anyOtherFailureIsGivenUpAtTheThirdAttempt() {
        assertEquals(RETRY, EventDelivery.next(1, false, false));
        assertEquals(RETRY, EventDelivery.next(2, false, false));
        assertEquals(GIVE_UP, EventDelivery.next(3, false, false));
    }

    @Test
    void whileTheServiceStopsEveryFailingEventIsHeldUnacknowledged() {
        // e.g. "EntityManagerFactory is closed" at the third attempt: before, the event went to the dead letters.
        assertEquals(HOLD, EventDelivery.next(3, false, true));
        assertEquals(HOLD, EventDelivery.next(1, false, true));
        assertEquals(HOLD, EventDelivery.next(1, true, true));
    }
}
