package io.grassroots.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem as the platform answers it (platform-web's Problem): status, type, detail and
 * the field-level violations. Read leniently, since a proxy or a crash may answer something else.
 */
public record ApiProblem(int status, String type, String title, String detail, List<Violation> violations) {
    /** One field that broke one rule. */
    public record Violation(String field, String rule, String message) {
    }

    public static ApiProblem of(int status, JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        if (body != null && body.path("violations").isArray()) {
            for (JsonNode v : body.path("violations")) {
                violations.add(new Violation(text(v, "field"), text(v, "rule"), text(v, "message")));
            }
        }
        return new ApiProblem(status, text(body, "type"), text(body, "title"), text(body, "detail"),
                List.copyOf(violations));
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        return node.get(field).asText();
    }
}
