package io.grassroots.gateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.platform.web.ProblemException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hash pool bounds the hashing under way and waiting, and refuses beyond it with a 503 problem. */
class HashPoolTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hashesAndVerifiesThroughThePool() {
        HashPool pool = new HashPool(hasher, 1, 2);
        String stored = pool.hash("a long enough password");
        assertTrue(pool.verify("a long enough password", stored));
        assertFalse(pool.verify("another password", stored));
        assertFalse(pool.verify("any password", null), "an unknown user never signs in");
        pool.close();
    }

    @Test
    void aFullPoolRefusesWithA503AndTakesWorkAgainOnceItDrains() throws Exception {
        HashPool pool = new HashPool(hasher, 1, 2);
        assertEquals(3, pool.capacity());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<?> running = CompletableFuture.runAsync(() -> pool.run(() -> {
            started.countDown();
            return release.await(30, TimeUnit.SECONDS);
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        CompletableFuture<?> waitingOne = CompletableFuture.runAsync(() -> pool.run(() -> release.await(30,
                TimeUnit.SECONDS)));
        CompletableFuture<?> waitingTwo = CompletableFuture.runAsync(() -> pool.run(() -> release.await(30,
                TimeUnit.SECONDS)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.waiting() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(2, pool.waiting(), "one hash under way and two waiting fill the pool");
        ProblemException refused = assertThrows(ProblemException.class,
                () -> pool.verify("a long enough password", null));
        assertEquals(503, refused.status());
        release.countDown();
        CompletableFuture.allOf(running, waitingOne, waitingTwo).get(10, TimeUnit.SECONDS);
        assertTrue(pool.verify("pw", hasher.hash("pw")), "the drained pool hashes again");
        pool.close();
    }

    @Test
    void aFailureInsideTheHashReachesTheCaller() {
        HashPool pool = new HashPool(hasher, 1, 1);
        assertThrows(NullPointerException.class, () -> pool.hash(null));
        pool.close();
    }
}
