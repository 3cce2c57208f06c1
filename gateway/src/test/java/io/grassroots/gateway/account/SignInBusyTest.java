package io.grassroots.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.gateway.support.GatewayTestResources;
import io.grassroots.gateway.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A burst of sign-ins that fills the hash pool is told to come back, and the gateway's other work goes on. */
@QuarkusTest
class SignInBusyTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;

    @Inject
    HashPool pool;

    @Test
    void aFullHashPoolAnswers503WithRetryAfterWhileOtherRequestsAreServed() throws Exception {
        String token = SignIn.admin();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService burst = Executors.newFixedThreadPool(pool.capacity());
        List<Future<Boolean>> held = new ArrayList<>();
        try {
            // Hashes that take as long as the test wants: they fill every thread and every place in the queue.
            for (int i = 0; i < pool.capacity(); i++) {
                held.add(burst.submit(() -> pool.run(() -> release.await(60, TimeUnit.SECONDS))));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (pool.waiting() < pool.capacity() - 1 && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertEquals(pool.capacity() - 1, pool.waiting(), "the pool is full");

            given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", SignIn.ADMIN_PASSWORD))
                    .post("/api/auth/token").then().statusCode(503).header("Retry-After", "1")
                    .body("type", equalTo("urn:grassroots:problem:busy")).body("status", equalTo(503));
            // Work that needs no password hash is served while sign-ins wait.
            given().auth().oauth2(token).get("/api/admin/accounts").then().statusCode(200);
        } finally {
            release.countDown();
            for (Future<Boolean> f : held) {
                f.get(30, TimeUnit.SECONDS);
            }
            burst.shutdown();
        }
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", SignIn.ADMIN_PASSWORD))
                .post("/api/auth/token").then().statusCode(200);
    }
}
