package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service starts with its class archive only when its build made one for the jar it runs. */
class ClassArchiveTest {
    @TempDir
    Path app;

    @Test
    void withoutAnArchiveTheServiceStartsWithout() throws Exception {
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        assertFalse(process(jar).hasClassArchive());
    }

    @Test
    void anArchiveMadeWithTheJarIsUsed() throws Exception {
        assertTrue(process(jarWithArchive(5)).hasClassArchive());
    }

    @Test
    void anArchiveOlderThanTheJarIsLeftOut() throws Exception {
        assertFalse(process(jarWithArchive(-60)).hasClassArchive());
    }

    /** A jar and its archive, the archive written that many seconds after the jar (before it, when negative). */
    private Path jarWithArchive(long archiveAfterJar) throws Exception {
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Path archive = Files.writeString(app.resolve(ServiceProcess.ARCHIVE), "archive");
        Instant built = Instant.parse("2026-12-03T03:00:00Z");
        Files.setLastModifiedTime(jar, FileTime.from(built));
        Files.setLastModifiedTime(archive, FileTime.from(built.plusSeconds(archiveAfterJar)));
        return jar;
    }

    private ServiceProcess process(Path jar) {
        return new ServiceProcess("web", 8084, jar, app.resolve("web.log"), Map.of());
    }
}
