package io.grassroots.gateway.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The gateway's metrics are anonymous, and its proxied paths carry plan, visit, unit and user ids:
 * an HTTP metric is labelled with the path's first two segments only (/api/plans/*), so that it
 * counts a kind of request and never names an object.
 */
@Singleton
public class UriLabels {

    @Produces
    @Singleton
    MeterFilter coarseUris() {
        return MeterFilter.replaceTagValues("uri", UriLabels::coarse);
    }

    /**
     * /api/plans/3f2…/decision → /api/plans/*; /q/health/ready stays; the console's pages keep their
     * first segment only (/plans/3f2… → /plans/*), since there the object comes right after it.
     */
    static String coarse(String uri) {
        if (uri == null || uri.isEmpty() || uri.startsWith("/q/") || "NOT_FOUND".equals(uri)
                || "REDIRECTION".equals(uri) || "root".equals(uri)) {
            return uri;
        }
        String[] parts = uri.split("/", -1);
        int kept = "api".equals(parts[1]) ? 3 : 2;
        if (parts.length <= kept) {
            return uri;
        }
        return String.join("/", java.util.Arrays.copyOf(parts, kept)) + "/*";
    }
}
