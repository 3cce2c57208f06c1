package io.grassroots.web.api;

import jakarta.ws.rs.NotFoundException;
import java.util.regex.Pattern;

/** Ids of the platform's objects as they appear in the console's paths. */
public final class ApiIds {
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private ApiIds() {
    }

    /** An id that cannot be one names nothing: 404 at once, and it never reaches the API's path. */
    public static void check(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
    }
}
