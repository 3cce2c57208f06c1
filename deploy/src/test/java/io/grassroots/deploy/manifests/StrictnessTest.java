package io.grassroots.deploy.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** The checks above would catch a mistake: a misspelt or misplaced field fails them. */
class StrictnessTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: probe
            spec:
              selector:
                matchLabels:
                  app: probe
              template:
                metadata:
                  labels:
                    app: probe
                spec:
                  containers:
                    - name: probe
                      image: probe:1
                      %s
            """;

    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata:
              name: probe
              labels:
                strimzi.io/cluster: grassroots
            spec:
              partitions: 3
              %s
            """;

    private static ObjectNode one(String yaml) {
        return Manifests.documents(yaml).get(0);
    }

    @Test
    void theModelTakesAWellFormedDeployment() {
        Deployment parsed = (Deployment) Manifests.parse(one(DEPLOYMENT.formatted("imagePullPolicy: Always")));
        assertEquals("Always", parsed.getSpec().getTemplate().getSpec().getContainers().get(0).getImagePullPolicy());
    }

    @Test
    void aMisspeltFieldDeepInADeploymentFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Manifests.parse(one(DEPLOYMENT.formatted("imagePullPolicyy: Always"))));
        assertTrue(e.getMessage().contains("imagePullPolicyy"), e.getMessage());
    }

    @Test
    void anUnknownFieldInACustomResourceMetadataFails() {
        ObjectNode topic = one(TOPIC.formatted("replicas: 3"));
        ((ObjectNode) topic.get("metadata")).put("lables", "x");
        assertThrows(IllegalArgumentException.class, () -> Manifests.parse(topic));
    }

    @Test
    void theStrimziSchemaRefusesAMisspeltOrMistypedField() {
        StrimziSchemas schemas = new StrimziSchemas(Manifests.handWritten().resolve("crds/strimzi"));
        assertEquals(java.util.List.of(), schemas.errors(one(TOPIC.formatted("replicas: 3"))));
        assertTrue(!schemas.errors(one(TOPIC.formatted("replica: 3"))).isEmpty(), "unknown field");
        assertTrue(!schemas.errors(one(TOPIC.formatted("replicas: three"))).isEmpty(), "wrong type");
    }
}
