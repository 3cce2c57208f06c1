package io.grassroots.gateway.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UriLabelsTest {
    @Test
    void objectIdsNeverReachALabel() {
        assertEquals("/api/plans/*", UriLabels.coarse("/api/plans/3f2a1c9e-1b7d-4c55-9f31-0c1d2e3f4a5b/decision"));
        assertEquals("/api/visits/*", UriLabels.coarse("/api/visits/3f2a1c9e-1b7d-4c55-9f31-0c1d2e3f4a5b"));
        assertEquals("/api/admin/*", UriLabels.coarse("/api/admin/accounts/emergency-qingxiu"));
        assertEquals("/api/plans", UriLabels.coarse("/api/plans"));
        assertEquals("/q/health/ready", UriLabels.coarse("/q/health/ready"));
        assertEquals("NOT_FOUND", UriLabels.coarse("NOT_FOUND"));
        // The console's pages, proxied to the web module: the plan id follows the first segment.
        assertEquals("/plans/*", UriLabels.coarse("/plans/3f2a1c9e-1b7d-4c55-9f31-0c1d2e3f4a5b"));
        assertEquals("/plans/*", UriLabels.coarse("/plans/3f2a1c9e-1b7d-4c55-9f31-0c1d2e3f4a5b/edit"));
        assertEquals("/plans", UriLabels.coarse("/plans"));
        assertEquals("/", UriLabels.coarse("/"));
    }
}
