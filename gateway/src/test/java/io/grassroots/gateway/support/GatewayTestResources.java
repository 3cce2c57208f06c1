package io.grassroots.gateway.support;

import io.grassroots.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** What the gateway's tests run on: its own database, its own key pair, and a stand-in upstream. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(GatewayKeys.class)
@QuarkusTestResource(FakeUpstream.class)
public final class GatewayTestResources {
    private GatewayTestResources() {
    }
}
