package io.grassroots.gateway.account;

import io.grassroots.platform.web.ProblemException;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Password hashing on a bounded pool: a burst of sign-ins queues for its few threads instead of taking
 * every core from the gateway's other requests, and beyond the queue is told to come back (503).
 */
public class HashPool {
    private final PasswordHasher hasher;
    private final ThreadPoolExecutor pool;
    private final int capacity;

    /** {@code threads} hash at once and {@code queue} more wait; 0 threads means half the cores, at least one. */
    public HashPool(PasswordHasher hasher, int threads, int queue) {
        int size = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger made = new AtomicInteger();
        this.hasher = hasher;
        this.capacity = size + queue;
        this.pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), work -> {
            Thread thread = new Thread(work, "password-hash-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Whether the password matches the stored hash (a null hash costs the same and fails). */
    public boolean verify(String password, String stored) {
        return run(() -> hasher.verify(password, stored));
    }

    /** A new hash of the password. */
    public String hash(String password) {
        return run(() -> hasher.hash(password));
    }

    /** How many hashes may be under way or waiting before the next is refused. */
    public int capacity() {
        return capacity;
    }

    /** How many hashes wait for a thread now. */
    public int waiting() {
        return pool.getQueue().size();
    }

    /** Runs the work on the pool and waits for it; refuses with a 503 problem when the pool is full. */
    <T> T run(Callable<T> work) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw busy();
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw busy();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    private static ProblemException busy() {
        return new ProblemException(503, "urn:grassroots:problem:busy", "Too many sign-ins at once",
                "the gateway is checking too many passwords at once; try again in a moment", List.of());
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
