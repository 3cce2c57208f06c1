package io.grassroots.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {
    private static final ObjectMapper JSON = PlatformJson.newMapper();

    @Test
    void pathsAreUnitedAndADifferingSchemaOfTheSameNameIsRenamedWithItsReferences() throws Exception {
        JsonNode one = JSON.readTree("""
                {"paths": {"/api/plans": {"get": {"responses": {"200": {"content": {"application/json":
                  {"schema": {"$ref": "#/components/schemas/View"}}}}}}}},
                 "components": {"schemas": {"View": {"type": "object", "properties": {"plan": {"type": "string"}}},
                                            "Problem": {"type": "object"}}},
                 "tags": [{"name": "plans"}]}""");
        JsonNode two = JSON.readTree("""
                {"paths": {"/api/catalog/indicators": {"get": {"responses": {"200": {"content": {"application/json":
                  {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/View"}}}}}}}}},
                 "components": {"schemas": {"View": {"type": "object", "properties": {"code": {"type": "string"}}},
                                            "Problem": {"type": "object"}}},
                 "tags": [{"name": "catalog"}, {"name": "plans"}]}""");
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("inspection", one);
        documents.put("share", two);
        ObjectNode merged = OpenApiMerger.merge("platform", "1", documents);

        assertEquals(List.of("/api/plans", "/api/catalog/indicators"), List.copyOf(iterate(merged.path("paths"))));
        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("string", schemas.path("View").path("properties").path("plan").path("type").asText());
        assertEquals("string", schemas.path("share_View").path("properties").path("code").path("type").asText());
        assertEquals(List.of("View", "Problem", "share_View"), List.copyOf(iterate(schemas)));
        assertEquals("#/components/schemas/share_View", merged.at("/paths/~1api~1catalog~1indicators/get/responses/"
                + "200/content/application~1json/schema/items/$ref").asText());
        assertEquals("#/components/schemas/View", merged.at("/paths/~1api~1plans/get/responses/200/content/"
                + "application~1json/schema/$ref").asText());
        assertEquals(2, merged.path("tags").size());
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
