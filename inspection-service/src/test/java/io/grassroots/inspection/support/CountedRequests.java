package io.grassroots.inspection.support;

import io.grassroots.testing.CountingDriver;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts what a request costs on the service's side when the test asks for it ({@link #ASK}): the
 * statements it ran (CountingDriver), its thread's CPU time and its time, answered in response headers. A blocking
 * endpoint's filters run on the worker thread that runs the method and its transaction, before and after
 * it; should they ever run elsewhere, the count comes back as -1 and the test fails.
 */
public class CountedRequests {
    /** The request header that asks for the counts. */
    public static final String ASK = "X-Test-Count";
    /** The statements the request ran. */
    public static final String STATEMENTS = "X-Test-Statements";
    /** The request thread's CPU time between the filters, in microseconds. */
    public static final String CPU_MICROS = "X-Test-Cpu-Micros";

    /** The time between the filters, in microseconds. */
    public static final String WALL_MICROS = "X-Test-Wall-Micros";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<long[]> STARTED = new ThreadLocal<>();

    @ServerRequestFilter
    public void start(ContainerRequestContext request) {
        if (request.getHeaderString(ASK) != null) {
            STARTED.set(new long[] { THREADS.getCurrentThreadCpuTime(), System.nanoTime() });
            CountingDriver.start();
        }
    }

    @ServerResponseFilter
    public void stop(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(ASK) != null) {
            int statements = CountingDriver.stop();
            long[] started = STARTED.get();
            STARTED.remove();
            response.getHeaders().putSingle(STATEMENTS, statements);
            response.getHeaders().putSingle(CPU_MICROS,
                    started == null ? -1 : (THREADS.getCurrentThreadCpuTime() - started[0]) / 1000);
            response.getHeaders().putSingle(WALL_MICROS,
                    started == null ? -1 : (System.nanoTime() - started[1]) / 1000);
        }
    }
}
