package io.grassroots.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hostile requests generated from an OpenAPI document: for every operation, each path and query
 * parameter and each property of its JSON body in turn gets values chosen by its declared type and
 * format (NUL and control characters, a lone surrogate, very long text, huge and tiny numbers, far
 * and impossible dates, unknown enum values, wrong JSON types), and each body is also sent deeply
 * nested, with duplicate keys, as something other than JSON and as the wrong content type.
 */
final class HostileRequests {
    /** One request: method, path with query, body (null for none) and content type. */
    record Probe(String method, String url, String body, String contentType) {
    }

    private static final List<String> TEXT = List.of("%00", "a%00b", "%01%1F", "%ED%A0%80", "x".repeat(3000),
            "..%2F..%2Fq%2Fmetrics");
    private static final List<String> NUMBER = List.of("4294968", "-99999999999999999999", "1e1000000", "abc",
            "1e-20000", "NaN");
    private static final List<String> DATE = List.of("%2B999999999-12-31", "2027-02-30", "%00", "-1");
    private static final List<String> UUIDS = List.of("%00", "not-a-uuid", "x".repeat(3000));
    private static final List<String> JSON_TEXT = List.of("\"\\u0000\"", "\"\\uD800\"", "\"" + "x".repeat(100_000)
            + "\"", "\"\\u0001\\u001f\"", "7", "[]");
    private static final List<String> JSON_NUMBER = List.of("1e1000000", "1e-20000", "99999999999999999999",
            "-1e200000", "\"x\"", "{}");
    private static final List<String> JSON_DATE = List.of("\"+999999999-12-31\"", "\"-999999999-01-01\"",
            "\"2027-02-30\"", "20270101");
    private static final List<String> JSON_ARRAY = List.of("{}", "[\"\\u0000\"]", "[" + "1,".repeat(50_000) + "1]",
            "\"x\"");
    private static final List<String> JSON_OBJECT = List.of("[]", "\"x\"", "{\"\\u0000\": 1}");
    private static final List<String> WHOLE_BODIES = List.of("[" + "[".repeat(2000) + "]".repeat(2000) + "]",
            "{\"a\": 1, \"a\": 2}", "not json at all", "null", "\"\\uD800\"");
    private static final int PER_PARAMETER = 3;

    private final Map<String, Object> schemas;
    private int turn;

    @SuppressWarnings("unchecked")
    HostileRequests(Map<String, Object> document) {
        Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
        this.schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
    }

    /** The probes of one operation. */
    @SuppressWarnings("unchecked")
    List<Probe> of(String method, String path, Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                List.of());
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<Map<String, Object>> queries = new ArrayList<>();
        for (Map<String, Object> p : parameters) {
            if ("path".equals(p.get("in"))) {
                pathValues.put((String) p.get("name"), plausible(schema(p.get("schema"))));
            } else if ("query".equals(p.get("in"))) {
                queries.add(p);
            }
        }
        Map<String, Object> body = bodySchema(operation);
        String validBody = body == null ? null : object(body, null, null);
        List<Probe> probes = new ArrayList<>();
        for (Map<String, Object> p : parameters) {
            if (!"path".equals(p.get("in"))) {
                continue;
            }
            for (String value : pick(values(schema(p.get("schema"))))) {
                Map<String, String> hostile = new LinkedHashMap<>(pathValues);
                hostile.put((String) p.get("name"), value);
                probes.add(new Probe(method, fill(path, hostile), validBody, "application/json"));
            }
        }
        for (Map<String, Object> q : queries) {
            for (String value : pick(values(schema(q.get("schema"))))) {
                probes.add(new Probe(method, fill(path, pathValues) + "?" + q.get("name") + "=" + value, validBody,
                        "application/json"));
            }
        }
        if (body != null) {
            Map<String, Object> properties = properties(body);
            for (String property : properties.keySet()) {
                for (String value : pick(jsonValues(schema(properties.get(property))))) {
                    probes.add(new Probe(method, fill(path, pathValues), object(body, property, value),
                            "application/json"));
                }
            }
            for (String whole : WHOLE_BODIES) {
                probes.add(new Probe(method, fill(path, pathValues), whole, "application/json"));
            }
            probes.add(new Probe(method, fill(path, pathValues), validBody, "text/plain"));
        }
        if (probes.isEmpty()) {
            probes.add(new Probe(method, fill(path, pathValues) + "?page=4294968&size=500", null, "application/json"));
        }
        return probes;
    }

    /** A few of the values, a different few each time, so that every value is sent somewhere. */
    private List<String> pick(List<String> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(PER_PARAMETER, values.size()); i++) {
            out.add(values.get((turn + i) % values.size()));
        }
        turn++;
        return out;
    }

    private static String fill(String path, Map<String, String> values) {
        String out = path;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    private static List<String> values(Map<String, Object> schema) {
        if (schema.get("enum") != null) {
            return List.of("NOT_A_VALUE", "%00");
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if (format.equals("uuid")) {
            return UUIDS;
        }
        if (format.equals("date") || format.equals("date-time")) {
            return DATE;
        }
        return type.equals("integer") || type.equals("number") ? NUMBER : type.equals("boolean")
                ? List.of("maybe", "%00") : TEXT;
    }

    private static List<String> jsonValues(Map<String, Object> schema) {
        if (schema.get("enum") != null) {
            return List.of("\"NOT_A_VALUE\"", "\"\\u0000\"", "7");
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if (format.equals("date") || format.equals("date-time")) {
            return JSON_DATE;
        }
        return switch (type) {
            case "integer", "number" -> JSON_NUMBER;
            case "array" -> JSON_ARRAY;
            case "object" -> JSON_OBJECT;
            case "boolean" -> List.of("\"maybe\"", "2");
            default -> JSON_TEXT;
        };
    }

    private static String plausible(Map<String, Object> schema) {
        String type = String.valueOf(schema.get("type"));
        if ("uuid".equals(schema.get("format"))) {
            return UUID.randomUUID().toString();
        }
        return type.equals("integer") || type.equals("number") ? "2027" : "450103001";
    }

    /** The body as JSON text: every property with a plain value of its type, one of them replaced. */
    private String object(Map<String, Object> schema, String replaced, String value) {
        Map<String, Object> properties = properties(schema);
        return properties.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + (e.getKey().equals(replaced)
                ? value : plain(schema(e.getValue())))).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String plain(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return "\"" + values.get(0) + "\"";
        }
        String format = String.valueOf(schema.get("format"));
        if (format.equals("date")) {
            return "\"2027-03-01\"";
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "integer", "number" -> "1";
            case "array" -> "[]";
            case "object" -> "{}";
            case "boolean" -> "true";
            default -> "\"x\"";
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> bodySchema(Map<String, Object> operation) {
        Map<String, Object> request = (Map<String, Object>) operation.get("requestBody");
        if (request == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) request.getOrDefault("content", Map.of());
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        return json == null ? null : schema(json.get("schema"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    }

    /** The schema itself, its $ref resolved in the document's components. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> schema(Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Object ref = map.get("$ref");
        if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
            return schema(schemas.get(r.substring("#/components/schemas/".length())));
        }
        return (Map<String, Object>) map;
    }
}
