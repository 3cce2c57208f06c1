package io.grassroots.deploy.manifests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** deploy/kubernetes: every manifest parses strictly; Strimzi's against its CRD schemas, CloudNativePG's in full. */
class HandWrittenManifestsTest {
    private static final StrimziSchemas SCHEMAS = new StrimziSchemas(Manifests.handWritten().resolve("crds/strimzi"));

    private static List<ObjectNode> all() {
        List<ObjectNode> docs = new ArrayList<>();
        Manifests.handWrittenFiles().forEach(f -> docs.addAll(Manifests.documents(f)));
        return docs;
    }

    private static List<ObjectNode> ofKind(String kind) {
        return all().stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    @Test
    void everyManifestParsesStrictly() {
        List<Path> files = Manifests.handWrittenFiles();
        assertTrue(files.size() >= 4, "manifests found: " + files);
        files.forEach(Manifests::parseAll);
    }

    @Test
    void strimziResourcesMatchTheirSchemas() {
        List<ObjectNode> strimzi = all().stream()
                .filter(d -> d.path("apiVersion").asText().startsWith("kafka.strimzi.io/")).toList();
        assertTrue(strimzi.size() > 10, "Kafka, node pool, topics and users");
        List<String> errors = new ArrayList<>();
        for (ObjectNode resource : strimzi) {
            SCHEMAS.errors(resource).forEach(e -> errors.add(resource.at("/metadata/name").asText() + ": " + e));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void kafkaIsThreeKraftNodesWritingToTwoOfThree() {
        JsonNode pool = ofKind("KafkaNodePool").get(0);
        JsonNode kafka = ofKind("Kafka").get(0);
        assertAll(
                () -> assertEquals(3, pool.at("/spec/replicas").asInt()),
                () -> assertTrue(pool.at("/spec/roles").toString().contains("controller")),
                () -> assertEquals("enabled", kafka.at("/metadata/annotations/strimzi.io~1kraft").asText()),
                () -> assertEquals(3, kafka.at("/spec/kafka/config/default.replication.factor").asInt()),
                () -> assertEquals(2, kafka.at("/spec/kafka/config/min.insync.replicas").asInt()));
        for (ObjectNode topic : ofKind("KafkaTopic")) {
            assertEquals(3, topic.at("/spec/replicas").asInt(), topic.at("/spec/topicName").asText());
        }
    }

    @Test
    void everyTopicAServicePublishesOrReadsExistsWithItsPolicy() {
        for (String service : Manifests.KAFKA_SERVICES) {
            ServiceKafka kafka = ServiceKafka.of(service);
            for (String topic : kafka.published()) {
                assertEquals(kafka.compacted().contains(topic) ? "compact" : "",
                        topicConfig(topic).path("cleanup.policy").asText(), topic + "'s cleanup policy");
            }
            assertEquals("compact", topicConfig("outbox-progress." + service).path("cleanup.policy").asText());
            for (String topic : kafka.consumed()) {
                topicConfig(topic);
                topicConfig("dead-letter." + service + "." + topic);
            }
        }
    }

    @Test
    void eachServiceUserMayUseExactlyItsTopics() {
        for (String service : Manifests.KAFKA_SERVICES) {
            ServiceKafka kafka = ServiceKafka.of(service);
            JsonNode user = ofKind("KafkaUser").stream()
                    .filter(u -> u.at("/metadata/name").asText().equals(service)).findFirst().orElseThrow();
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText());
            Set<String> writes = literalTopics(user, "Write");
            Set<String> expectedWrites = new java.util.HashSet<>(kafka.published());
            expectedWrites.add("outbox-progress." + service);
            assertEquals(expectedWrites, writes, service + " writes");
            Set<String> reads = literalTopics(user, "Read");
            Set<String> expectedReads = new java.util.HashSet<>(kafka.consumed());
            expectedReads.add("outbox-progress." + service);
            assertEquals(expectedReads, reads, service + " reads");
        }
    }

    @Test
    void everyDatabaseIsThreeInstancesOneSynchronousWithBackups() {
        List<ObjectNode> clusters = ofKind("Cluster");
        Set<String> scheduled = ofKind("ScheduledBackup").stream().map(b -> b.at("/spec/cluster/name").asText())
                .collect(Collectors.toSet());
        assertEquals(4, clusters.size(), "inspection, dataset-share, assessment, gateway");
        for (JsonNode cluster : clusters) {
            String name = cluster.at("/metadata/name").asText();
            assertAll(name,
                    () -> assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText()),
                    () -> assertEquals(3, cluster.at("/spec/instances").asInt()),
                    // A commit waits for one of the two standbys: a failover loses nothing acknowledged,
                    // and one standby may be down without stopping writes.
                    () -> assertEquals("any", cluster.at("/spec/postgresql/synchronous/method").asText()),
                    () -> assertEquals(1, cluster.at("/spec/postgresql/synchronous/number").asInt()),
                    () -> assertFalse(cluster.at("/spec/storage/size").asText().isEmpty(), "storage size"),
                    () -> assertFalse(cluster.at("/spec/bootstrap/initdb/database").asText().isEmpty(), "database"),
                    () -> assertFalse(cluster.at("/spec/bootstrap/initdb/owner").asText().isEmpty(), "owner"),
                    () -> assertTrue(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText()
                            .startsWith("s3://"), "backups to object storage"),
                    () -> assertTrue(scheduled.contains(name), "a ScheduledBackup"));
        }
    }

    private static Set<String> literalTopics(JsonNode user, String operation) {
        Set<String> topics = new java.util.HashSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            if (acl.at("/resource/type").asText().equals("topic")
                    && acl.at("/resource/patternType").asText().equals("literal")
                    && acl.path("operations").toString().contains("\"" + operation + "\"")) {
                topics.add(acl.at("/resource/name").asText());
            }
        }
        return topics;
    }

    private static JsonNode topicConfig(String name) {
        return ofKind("KafkaTopic").stream().filter(t -> t.at("/spec/topicName").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no KafkaTopic " + name)).at("/spec/config");
    }
}
