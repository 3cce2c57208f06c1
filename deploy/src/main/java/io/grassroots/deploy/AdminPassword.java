package io.grassroots.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The password of the seeded coordinator 'admin': given, kept from the first start, or generated once. */
final class AdminPassword {
    private AdminPassword() {
    }

    /**
     * PLATFORM_ADMIN_PASSWORD when set; otherwise the one generated on the first start, kept readable
     * only by its owner in the state directory and printed that one time.
     */
    static String loadOrGenerate(StackLayout layout, PrintStream out) throws IOException {
        String given = System.getenv("PLATFORM_ADMIN_PASSWORD");
        if (given != null && !given.isBlank()) {
            return given;
        }
        Path file = layout.state().resolve("admin-password");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, generated, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps its default permissions.
        }
        out.println();
        out.println("Generated the password of the coordinator 'admin' (shown this once): " + generated);
        out.println("It is kept in " + file + "; set PLATFORM_ADMIN_PASSWORD to choose your own.");
        out.println();
        return generated;
    }

}
