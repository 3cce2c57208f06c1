package io.grassroots.deploy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user of the console as a browser is one: a cookie jar of its own, signed in through the
 * console's sign-in form (the CSRF token taken from the form), every request through the gateway.
 * The session cookie holds the gateway's token, which the benchmark's API calls then carry.
 */
final class ConsoleUser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final String SESSION_COOKIE = "grassroots_session";

    /** One answer: status, the bytes as sent (compressed if the server compressed), and its headers. */
    record Answer(int status, byte[] body, Map<String, java.util.List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String gateway;
    private final String name;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    /** The console's own client of the API sends no cookies: neither does this one. */
    private final HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ConsoleUser(String gateway, String name) {
        this.gateway = gateway;
        this.name = name;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static ConsoleUser anonymous(String gateway) {
        return new ConsoleUser(gateway, "anonymous");
    }

    /** Signs in as a browser would: GET the form, POST it back with its CSRF token; the answer must be a 303. */
    static ConsoleUser signedIn(String gateway, String username, String password) throws IOException,
            InterruptedException {
        ConsoleUser user = new ConsoleUser(gateway, username);
        Answer form = user.get("/signin", false);
        if (form.status() != 200) {
            throw new IOException("GET /signin answered " + form.status());
        }
        Matcher m = CSRF.matcher(form.text());
        if (!m.find()) {
            throw new IOException("the sign-in form carries no CSRF token");
        }
        String body = Map.of("csrf-token", m.group(1), "username", username, "password", password, "next", "/")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<byte[]> signedIn = user.http.send(HttpRequest.newBuilder(URI.create(gateway + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (signedIn.statusCode() != 303 || user.token() == null) {
            throw new IOException("signing in as " + username + " through the console's form answered "
                    + signedIn.statusCode() + ": " + new String(signedIn.body(), StandardCharsets.UTF_8));
        }
        return user;
    }

    String name() {
        return name;
    }

    /** The gateway's token the session cookie holds (null when anonymous). */
    String token() {
        return cookies.getCookieStore().get(URI.create(gateway)).stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE)).map(HttpCookie::getValue)
                .filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    /** A page or asset through the gateway, asking for gzip when {@code gzip}, never following redirects. */
    Answer get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create(path.startsWith("http") ? path : gateway + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html,*/*");
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> r = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.body(), r.headers().map());
    }

    /** A platform API call through the same gateway with the session's token, as the console makes it. */
    Answer api(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        String token = token();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> r = plain.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.body(), r.headers().map());
    }
}
