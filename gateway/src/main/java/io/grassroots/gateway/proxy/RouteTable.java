package io.grassroots.gateway.proxy;

import java.util.List;
import java.util.Optional;

/**
 * Which service owns an {@code /api} path, from DESIGN.md's API sketch. Patterns are path segments,
 * {@code *} matching one segment and a trailing {@code **} any rest; the first match wins, so the
 * more specific {@code /api/units/*}{@code /access-log} comes before {@code /api/units/**}.
 */
public final class RouteTable {
    public static final String INSPECTION = "inspection";
    public static final String SHARE = "share";
    public static final String ASSESSMENT = "assessment";
    /** Paths the gateway answers itself. */
    public static final String GATEWAY = "gateway";
    /** The web console: every path that is not the API's, the platform's OpenAPI document or Quarkus's /q/. */
    public static final String WEB = "web";

    /** One pattern and the service it routes to. */
    public record Route(String pattern, String upstream) {
    }

    public static final List<Route> PLATFORM = List.of(
            new Route("/api/auth/**", GATEWAY),
            new Route("/api/admin/**", GATEWAY),
            new Route("/api/units/*/access-log", SHARE),
            new Route("/api/catalog/**", SHARE),
            new Route("/api/reports/**", SHARE),
            new Route("/api/imports/**", SHARE),
            new Route("/api/data-requests/**", SHARE),
            new Route("/api/forms/**", SHARE),
            new Route("/api/tasks/**", SHARE),
            new Route("/api/data/**", SHARE),
            new Route("/api/share/**", SHARE),
            new Route("/api/feedback/**", ASSESSMENT),
            new Route("/api/assessment/**", ASSESSMENT),
            new Route("/api/burden/**", ASSESSMENT),
            new Route("/api/units/**", INSPECTION),
            new Route("/api/regions/**", INSPECTION),
            new Route("/api/departments/**", INSPECTION),
            new Route("/api/categories/**", INSPECTION),
            new Route("/api/policy/**", INSPECTION),
            new Route("/api/calendar/**", INSPECTION),
            new Route("/api/plans/**", INSPECTION),
            new Route("/api/schedule/**", INSPECTION),
            new Route("/api/visits/**", INSPECTION),
            // A unit's visit calendar for phone apps: public, the secret in the address is the credential.
            new Route("/api/feeds/**", INSPECTION));
    /** A feed's secret in a path or URI, up to the next segment or query. */
    private static final java.util.regex.Pattern FEED_SECRET = java.util.regex.Pattern.compile("(/api/feeds/)[^/?#]+");

    private final List<Route> routes;
    /** Each route's pattern split into segments once, not on every request. */
    private final List<String[]> patterns;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        this.patterns = this.routes.stream().map(r -> split(r.pattern())).toList();
    }

    /** The owning service of a request path (query string excluded), if any route matches. */
    public Optional<String> upstreamOf(String path) {
        String[] segments = split(path);
        for (int i = 0; i < routes.size(); i++) {
            if (matches(patterns.get(i), segments)) {
                return Optional.of(routes.get(i).upstream());
            }
        }
        return Optional.empty();
    }

    /** Whether a request path is a page (or asset) of the web console rather than the gateway's own. */
    public static boolean isConsolePath(String path) {
        String[] segments = split(path);
        if (segments.length == 0) {
            return true;
        }
        return !(segments[0].equals("api") || segments[0].equals("q")
                || (segments.length == 1 && segments[0].equals("openapi")));
    }

    /**
     * The path or URI as logs may show it: a calendar feed's secret is cut out, since the address alone
     * opens the feed and a log line should not.
     */
    public static String redacted(String uri) {
        return uri == null || !uri.contains("/api/feeds/") ? uri : FEED_SECRET.matcher(uri).replaceAll("$1…");
    }

    private static boolean matches(String[] pattern, String[] path) {
        for (int i = 0; i < pattern.length; i++) {
            if ("**".equals(pattern[i])) {
                return true;
            }
            if (i >= path.length || !("*".equals(pattern[i]) || pattern[i].equals(path[i]))) {
                return false;
            }
        }
        return pattern.length == path.length;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
