package io.grassroots.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Caller} of the current request, read from its verified JWT. */
@RequestScoped
public class CurrentCaller {
    @Inject
    JsonWebToken jwt;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = new Caller(jwt.getSubject(), role(), claim("dept"), claim("unit"), claim("region"));
        }
        return caller;
    }

    private Role role() {
        for (String group : jwt.getGroups()) {
            try {
                return Role.valueOf(group);
            } catch (IllegalArgumentException ignored) {
                // Groups other than the platform's roles are not ours to interpret.
            }
        }
        return null;
    }

    private String claim(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        // JSON string claims arrive quoted from some token providers.
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
