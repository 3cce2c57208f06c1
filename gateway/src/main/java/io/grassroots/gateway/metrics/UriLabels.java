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

    /** /api/plans/3f2…/decision → /api/plans/*; /q/health/ready stays; anything else at most two segments. */
    static String coarse(String uri) {
        if (uri == null || uri.isEmpty() || uri.startsWith("/q/") || "NOT_FOUND".equals(uri)
                || "REDIRECTION".equals(uri) || "root".equals(uri)) {
            return uri;
        }
        String[] parts = uri.split("/", -1);
        if (parts.length <= 3) {
            return uri;
        }
        return "/" + parts[1] + "/" + parts[2] + "/*";
    }
}
