package io.grassroots.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one for the whole platform. Paths are disjoint by
 * design; a schema two services name alike but define differently is renamed {@code service_Name}
 * in the second document, with its references, so neither overwrites the other.
 */
public final class OpenApiMerger {
    private static final String REF_PREFIX = "#/components/schemas/";

    private OpenApiMerger() {
    }

    /** Merges the documents in order; keys are the services' names, used for renaming and tags. */
    public static ObjectNode merge(String title, String version, Map<String, JsonNode> documents) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.put("openapi", "3.0.3");
        merged.putObject("info").put("title", title).put("version", version)
                .put("description", "Every API of the platform, as served through the gateway. Sign in at "
                        + "POST /api/auth/token and send the token as 'Authorization: Bearer <token>'.");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = merged.putObject("components").putObject("schemas");
        ObjectNode security = ((ObjectNode) merged.get("components")).putObject("securitySchemes");
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : documents.entrySet()) {
            JsonNode document = entry.getValue().deepCopy();
            Map<String, String> renames = new LinkedHashMap<>();
            JsonNode theirs = document.path("components").path("schemas");
            for (Iterator<String> names = theirs.fieldNames(); names.hasNext();) {
                String name = names.next();
                JsonNode existing = schemas.get(name);
                if (existing != null && !existing.equals(theirs.get(name))) {
                    renames.put(name, entry.getKey() + "_" + name);
                }
            }
            if (!renames.isEmpty()) {
                rewriteRefs(document, renames);
            }
            document.path("components").path("schemas").fields().forEachRemaining(s -> schemas.set(
                    renames.getOrDefault(s.getKey(), s.getKey()), s.getValue()));
            document.path("components").path("securitySchemes").fields().forEachRemaining(s -> security.set(
                    s.getKey(), s.getValue()));
            document.path("paths").fields().forEachRemaining(p -> paths.set(p.getKey(), p.getValue()));
            for (JsonNode tag : document.path("tags")) {
                tags.putIfAbsent(tag.path("name").asText(), tag);
            }
        }
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        return merged;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            Set<String> keys = new LinkedHashSet<>();
            object.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode value = object.get(key);
                if ("$ref".equals(key) && value.isTextual() && value.asText().startsWith(REF_PREFIX)) {
                    String target = value.asText().substring(REF_PREFIX.length());
                    if (renames.containsKey(target)) {
                        object.set(key, TextNode.valueOf(REF_PREFIX + renames.get(target)));
                    }
                } else {
                    rewriteRefs(value, renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> rewriteRefs(item, renames));
        }
    }
}
