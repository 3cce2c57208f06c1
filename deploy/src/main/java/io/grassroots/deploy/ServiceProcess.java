package io.grassroots.deploy;

import io.grassroots.infra.ChildProcesses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One platform service running as its own process from its packaged Quarkus application. */
final class ServiceProcess {
    /**
     * The services' heap starts at 256 MB, not 64: from a 64 MB start SerialGC grew the heap a few MB at a
     * time and collected the old generation of a consuming service again and again under load (bench-results
     * at 1,000/s, #19: full collections of 50-57 MB heaps pausing 422 and 667 ms). The limit stays 512 MB.
     * Class metadata likewise: from the JVM's 21 MB first threshold, each rise of the metaspace past the
     * next one (frameworks still loading and generating classes a minute and more after the start) was a
     * full collection, 39-214 ms (GC logs of bench-results, #19). 160 MB is the threshold, not a reservation.
     */
    static final List<String> HEAP = List.of("-Xms256m", "-Xmx512m", "-XX:MetaspaceSize=160m", "-XX:+UseSerialGC");
    /** The class archive's name, beside quarkus-run.jar, as Quarkus writes it. */
    static final String ARCHIVE = "app-cds.jsa";
    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private Process process;

    ServiceProcess(String name, int port, Path jar, Path log, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = log;
        this.environment = environment;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    void start() throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the project first (./mvnw install -DskipTests)");
        }
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEAP);
        // Extra JVM options for every service of the stack (a JIT setting, a flight recording), space-separated.
        String extra = System.getenv("GRASSROOTS_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        boolean archived = hasClassArchive();
        if (archived) {
            command.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        command.add("-Dquarkus.http.port=" + port);
        // The JVM uses the archive only for the class path it was made with: the jar named as Quarkus named it,
        // from its own directory (named otherwise, it refuses the archive with a warning and starts without).
        command.addAll(List.of("-jar", archived ? jar.getFileName().toString() : jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (archived) {
            builder.directory(jar.getParent().toFile());
        }
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /**
     * Whether the application's build made its class archive (AppCDS: built with
     * -Dquarkus.package.jar.appcds.enabled=true, which ./deploy/run does not do, see BENCHMARKS.md): the JVM then
     * maps the classes a start loads instead of loading and verifying each again. An archive older than the
     * application's jar is left out: the JVM would refuse it.
     */
    boolean hasClassArchive() {
        Path archive = jar.resolveSibling(ARCHIVE);
        try {
            return Files.exists(archive) && !Files.getLastModifiedTime(archive).toInstant()
                    .isBefore(Files.getLastModifiedTime(jar).toInstant());
        } catch (IOException e) {
            // Gone between the two looks: start without it.
            return false;
        }
    }

    /** Waits until /q/health/ready answers UP; fails early when the process dies. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + " (last: " + last + "); see "
                + log);
    }

    /** kill -9: the process gets no chance to finish anything (what the fault suite does to it). */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /**
     * Stops them all at once: each stop is mostly waiting for one process's shutdown (up to 20 s), and
     * stopping nine applications one after the other took over a minute.
     */
    static void stopAll(List<ServiceProcess> processes) {
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess process : processes) {
            Thread t = new Thread(process::stop, "stop-" + process.name());
            t.start();
            stopping.add(t);
        }
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** SIGTERM, then a forced stop if the service has not shut down within 20 seconds. */
    void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }
}
