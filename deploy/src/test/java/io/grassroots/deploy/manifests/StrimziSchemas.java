package io.grassroots.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Strimzi's CRD schemas (deploy/kubernetes/crds/strimzi), made as strict as the API server's
 * {@code --validate=strict}: an object schema that lists its fields takes no others.
 */
final class StrimziSchemas {
    private final Map<String, Schema> byKind = new HashMap<>();

    StrimziSchemas(Path crdDirectory) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        try (Stream<Path> files = Files.list(crdDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (ObjectNode crd : Manifests.documents(file)) {
                    if (!crd.path("kind").asText().equals("CustomResourceDefinition")) {
                        continue;
                    }
                    String group = crd.at("/spec/group").asText();
                    String kind = crd.at("/spec/names/kind").asText();
                    for (JsonNode version : crd.at("/spec/versions")) {
                        JsonNode schema = version.at("/schema/openAPIV3Schema").deepCopy();
                        closeObjects(schema);
                        byKind.put(group + "/" + version.path("name").asText() + "/" + kind,
                                registry.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean knows(JsonNode resource) {
        return byKind.containsKey(key(resource));
    }

    /** The schema's complaints about a resource; none when it is valid. */
    List<String> errors(JsonNode resource) {
        Schema schema = byKind.get(key(resource));
        if (schema == null) {
            return List.of("no CRD schema for " + key(resource));
        }
        return schema.validate(resource).stream().map(Error::toString).toList();
    }

    private static String key(JsonNode resource) {
        return resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
    }

    private static void closeObjects(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            object.put("additionalProperties", false);
        }
        schema.forEach(StrimziSchemas::closeObjects);
    }
}
