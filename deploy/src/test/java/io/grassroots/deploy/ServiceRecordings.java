package io.grassroots.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flight recordings of running applications of the stack over one measured phase (jcmd JFR.start,
 * then JFR.dump), so a benchmark can show where a service's time went without recording its start.
 */
final class ServiceRecordings {
    private final Path directory;
    private final Map<String, Long> pids = new TreeMap<>();

    /**
     * The processes of the modules, found among this JVM's children (not another stack's on the machine) by
     * their packaged jar on the command line.
     */
    ServiceRecordings(Path directory, List<String> modules) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
        ProcessHandle.current().descendants().forEach(p -> {
            String line = p.info().commandLine().orElse("");
            modules.stream().filter(m -> line.contains(m + "/target/quarkus-app/quarkus-run.jar")).findFirst()
                    .ifPresent(m -> pids.put(m, p.pid()));
        });
        if (pids.size() != modules.size()) {
            throw new IllegalStateException("found only " + pids + " of " + modules);
        }
    }

    void start() throws Exception {
        start("bench");
    }

    /**
     * Starts a recording of that name; one started ahead (a warm-up's) has the JVMs compile the recorder's
     * own code before the measured one starts.
     */
    void start(String name) throws Exception {
        for (long pid : pids.values()) {
            jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
        }
    }

    /** Writes each recording to the directory as module.jfr and stops it; returns the files. */
    List<Path> dump() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            Path file = directory.resolve(e.getKey() + ".jfr").toAbsolutePath();
            jcmd(e.getValue(), "JFR.dump", "name=bench", "filename=" + file);
            jcmd(e.getValue(), "JFR.stop", "name=bench");
            files.add(file);
        }
        return files;
    }

    /** Stops a recording without writing it. */
    void stop(String name) throws Exception {
        for (long pid : pids.values()) {
            jcmd(pid, "JFR.stop", "name=" + name);
        }
    }

    private static void jcmd(long pid, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(pid)));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
