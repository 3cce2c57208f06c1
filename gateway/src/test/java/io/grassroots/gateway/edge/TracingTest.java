package io.grassroots.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.gateway.support.GatewayTestResources;
import io.grassroots.testing.LogCapture;
import io.quarkus.arc.Arc;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A request's trace goes on from the gateway to the service that answers it (W3C traceparent), and
 * the gateway's log lines of the request carry its request id and trace id.
 */
@QuarkusTest
class TracingTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$";

    @Test
    void theCallersTraceGoesOnToTheServiceInOneTraceparent() {
        String sent = given().header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                .get("/api/plans").then().statusCode(200).extract().path("traceparent");
        assertTrue(sent.matches(TRACEPARENT), "one traceparent reaches the service: " + sent);
        assertEquals(TRACE, sent.substring(3, 35), "the caller's trace goes on");
        assertNotEquals(CALLER_SPAN, sent.substring(36, 52), "the service's parent is the gateway's span");
    }

    @Test
    void aRequestWithoutATraceStartsOneAtTheGateway() {
        String sent = given().get("/api/plans").then().statusCode(200).extract().path("traceparent");
        assertTrue(sent.matches(TRACEPARENT), sent);
        assertNotEquals("00000000000000000000000000000000", sent.substring(3, 35));
    }

    @Test
    void theAccessLogLineCarriesTheRequestIdAndTheTraceId() {
        try (LogCapture access = LogCapture.of("io.grassroots.gateway.access")) {
            given().header("X-Request-Id", "tracing-test-0001").header("traceparent", "00-" + TRACE + "-"
                    + CALLER_SPAN + "-01").get("/api/plans").then().statusCode(200);
            LogCapture.Line line = access.await(l -> l.message().contains("id=tracing-test-0001"),
                    Duration.ofSeconds(5));
            assertEquals("tracing-test-0001", line.mdc("requestId"), line.toString());
            assertEquals(TRACE, line.mdc("traceId"), line.toString());
        }
    }

    /**
     * Without OTEL_EXPORTER_OTLP_ENDPOINT no span leaves the process: the configured endpoint is blank,
     * and Quarkus then makes no OTLP exporter (rather than trying its default, localhost:4317).
     */
    @Test
    void withoutACollectorNoExporterIsMade() {
        Assumptions.assumeTrue(System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT") == null, "a collector is configured");
        LateBoundSpanProcessor exporting = Arc.container().instance(LateBoundSpanProcessor.class).get();
        assertTrue(exporting instanceof RemoveableLateBoundSpanProcessor, String.valueOf(exporting));
    }
}
