package io.grassroots.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON calls to the platform for the launcher's seeding, failing on any answer but 2xx. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    /** The answer, whatever its status. */
    static HttpResponse<String> send(String method, String url, String token, String body) throws IOException,
            InterruptedException {
        return send(CLIENT, method, url, token, body);
    }

    /** The answer over a given client (a benchmark's client with connections of its own). */
    static HttpResponse<String> send(HttpClient client, String method, String url, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String call(String method, String url, String token, String body) throws IOException,
            InterruptedException {
        HttpResponse<String> response = send(method, url, token, body);
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String json(List<String> values) {
        return values.isEmpty() ? "[]" : "[\"" + String.join("\", \"", values) + "\"]";
    }

    static String first(String text, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IOException("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
