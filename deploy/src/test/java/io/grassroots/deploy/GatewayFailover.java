package io.grassroots.deploy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load's way to the gateways, as a load balancer in front of them would do it: each request goes
 * to the next gateway in turn and, when that gateway refuses the connection (or does not accept it in
 * time), to the next one, since nothing was sent. A request a gateway took and then died on is not
 * sent again (it may have been done): it fails as cut off when that gateway was killed by the test.
 */
final class GatewayFailover {
    private final RunningStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger failovers = new AtomicInteger();

    GatewayFailover(RunningStack stack) {
        this.stack = stack;
    }

    /** A request that a gateway killed by the test took and did not answer: what a load balancer answers 502. */
    static final class CutOff extends IOException {
        CutOff(String gateway, IOException cause) {
            super("no answer from " + gateway + ", which was killed", cause);
        }
    }

    /** The answer of the first gateway that accepted the connection. */
    HttpResponse<String> send(String method, String path, String token, String body) throws IOException,
            InterruptedException {
        List<String> gateways = stack.gateways();
        String gateway = stack.gateway();
        for (int tried = 1;; tried++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                if (tried >= gateways.size()) {
                    throw e;
                }
                failovers.incrementAndGet();
                gateway = gateways.get((gateways.indexOf(gateway) + 1) % gateways.size());
            } catch (IOException e) {
                if (stack.wasKilled(gateway)) {
                    throw new CutOff(gateway, e);
                }
                throw e;
            }
        }
    }

    /** Requests sent to another gateway because the one they were meant for refused the connection. */
    int failovers() {
        return failovers.get();
    }
}
