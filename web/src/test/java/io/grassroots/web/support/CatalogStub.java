package io.grassroots.web.support;

import static io.grassroots.web.support.StubGateway.problem;
import static io.grassroots.web.support.StubGateway.send;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub gateway's data catalog, answering as dataset-share-service's CatalogResource and
 * IndicatorAliases do: everyone signed in lists it; only a province's coordinator replaces an
 * indicator's aliases (others: 403, PROVINCE_WIDE), and an alias may not be listed twice, be longer
 * than 100 characters or name another indicator (ALIAS_TAKEN). Stateless: a save is answered, not kept.
 */
public final class CatalogStub {
    static final String CATALOG = """
            [{"code":"POPULATION","name":"户籍人口","unitOfMeasure":"人","ownerDepartment":"45-statistics",
              "freshnessDays":365,"sensitivity":"PUBLIC","minutesPerField":10,"valueType":"INTEGER","minValue":0,
              "maxValue":1000000,"grantedDepartments":[],"grantedGroups":[],"aliases":["户籍人口数","户籍总人口"]},
             {"code":"SAFETY_INCIDENTS","name":"安全生产事故起数","unitOfMeasure":"起","ownerDepartment":"45-emergency",
              "freshnessDays":90,"sensitivity":"INTERNAL","minutesPerField":15,"valueType":"INTEGER","minValue":0,
              "grantedDepartments":[],"grantedGroups":["SAFETY"],"aliases":["安全事故起数"]},
             {"code":"FIRE_INSPECTIONS_PASSED","name":"消防检查合格场所数","unitOfMeasure":"个","ownerDepartment":"45-fire",
              "freshnessDays":180,"sensitivity":"INTERNAL","minutesPerField":5,"valueType":"INTEGER",
              "grantedDepartments":[],"grantedGroups":[],"aliases":[]}]
            """;
    private static final Pattern ALIASES = Pattern.compile("/api/catalog/indicators/([^/]+)/aliases");
    private static final ObjectMapper JSON = PlatformJson.shared();

    private CatalogStub() {
    }

    /** Answers the request if it is the catalog's, and says whether it did. */
    static boolean answers(HttpExchange exchange, String path, String body) throws IOException {
        Matcher aliases = ALIASES.matcher(path);
        if (path.equals("/api/catalog/indicators") && exchange.getRequestMethod().equals("GET")) {
            send(exchange, 200, CATALOG);
        } else if (aliases.matches() && exchange.getRequestMethod().equals("PUT")) {
            replace(exchange, aliases.group(1), body);
        } else {
            return false;
        }
        return true;
    }

    private static void replace(HttpExchange exchange, String code, String body) throws IOException {
        Map<String, Object> claims = claims(exchange.getRequestHeaders().getFirst("Authorization"));
        Object region = claims.get("region");
        List<Map<String, Object>> catalog = JSON.readValue(CATALOG, new TypeReference<>() {
        });
        if (!String.valueOf(claims.get("groups")).contains("COORDINATOR")) {
            send(exchange, 403, problem(403, "forbidden", "forbidden", ""));
        } else if (region == null || region.toString().length() != 2) {
            send(exchange, 403, problem(403, "forbidden", "the data catalog applies to the whole province: only its "
                    + "coordinators change it",
                    ",\"violations\":[{\"field\":null,\"rule\":\"PROVINCE_WIDE\","
                            + "\"message\":\"the data catalog applies to the whole province\"}]"));
        } else if (catalog.stream().noneMatch(i -> code.equals(i.get("code")))) {
            send(exchange, 404, problem(404, "not-found", "indicator " + code + " was not found", ""));
        } else {
            List<String> names = JSON.readValue(body, new TypeReference<>() {
            });
            List<String> violations = violations(code, names, catalog);
            if (violations.isEmpty()) {
                Map<String, Object> indicator = catalog.stream().filter(i -> code.equals(i.get("code"))).findFirst()
                        .orElseThrow();
                indicator.put("aliases", names);
                send(exchange, 200, JSON.writeValueAsString(indicator));
            } else {
                send(exchange, 400, problem(400, "invalid", violations.size() + " violation(s)",
                        ",\"violations\":[" + String.join(",", violations) + "]"));
            }
        }
    }

    private static List<String> violations(String code, List<String> names, List<Map<String, Object>> catalog) {
        List<String> found = new ArrayList<>();
        if (names.size() > 50) {
            found.add(violation("body", "MAX_SIZE", "at most 50 aliases per indicator"));
            return found;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            String key = name.toLowerCase(Locale.ROOT);
            String taken = takenBy(key, code, catalog);
            if (name.length() > 100) {
                found.add(violation("[" + i + "]", "MAX_LENGTH", "an alias has at most 100 characters"));
            } else if (!seen.add(key)) {
                found.add(violation("[" + i + "]", "UNIQUE", name + " is listed twice"));
            } else if (taken != null) {
                found.add(violation("[" + i + "]", "ALIAS_TAKEN", name + " already names " + taken));
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static String takenBy(String key, String code, List<Map<String, Object>> catalog) {
        for (Map<String, Object> other : catalog) {
            if (code.equals(other.get("code"))) {
                continue;
            }
            List<String> names = new ArrayList<>((List<String>) other.get("aliases"));
            names.add((String) other.get("code"));
            names.add((String) other.get("name"));
            if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(key))) {
                return (String) other.get("code");
            }
        }
        return null;
    }

    private static String violation(String field, String rule, String message) {
        return "{\"field\":\"" + field + "\",\"rule\":\"" + rule + "\",\"message\":\"" + message + "\"}";
    }

    private static Map<String, Object> claims(String authorization) throws IOException {
        String token = authorization.substring("Bearer ".length());
        String payload = token.substring(token.indexOf('.') + 1, token.lastIndexOf('.'));
        return JSON.readValue(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8),
                new TypeReference<>() {
                });
    }
}
