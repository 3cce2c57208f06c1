package io.grassroots.web.api;

/** The gateway could not be reached or did not answer in time; the page says so instead of failing. */
public class GatewayUnavailable extends RuntimeException {
    public GatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
