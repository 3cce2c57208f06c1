package io.grassroots.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a packaged Quarkus application in a JVM of its own for a benchmark, its output in a log
 * file, and waits until its readiness check answers. BENCH_SERVICE_OPTS adds JVM options (a flight
 * recording, say) to the application's command line.
 */
public final class PackagedService {
    private PackagedService() {
    }

    public static Process start(Path quarkusRunJar, Path log, int port, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dquarkus.http.port=" + port));
        String extra = System.getenv("BENCH_SERVICE_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", quarkusRunJar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process service = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 480; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return service;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        service.destroyForcibly();
        throw new IllegalStateException("the service was not ready within four minutes; see " + log);
    }
}
