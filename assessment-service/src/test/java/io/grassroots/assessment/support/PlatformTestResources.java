package io.grassroots.assessment.support;

import io.grassroots.testing.KafkaTestResource;
import io.grassroots.testing.PostgresTestResource;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real infrastructure every test of this service runs on: a Kafka broker in a child JVM and a
 * database of its own on the PostgreSQL server, both started once for the whole run.
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(TestTokens.class)
public final class PlatformTestResources {
    private PlatformTestResources() {
    }
}
