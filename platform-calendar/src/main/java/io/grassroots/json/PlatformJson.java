package io.grassroots.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The platform's one JSON configuration: the services' application mapper applies it (platform-web's
 * customizer), and code that cannot have that mapper injected (static helpers, plain libraries,
 * tests) takes a mapper from here, so an event or a problem is written and read the same way
 * everywhere.
 */
public final class PlatformJson {
    private static final ObjectMapper SHARED = configure(new ObjectMapper());

    private PlatformJson() {
    }

    /**
     * Applies the settings to a mapper and returns it: dates and instants as ISO text (the events'
     * documented form), and a field a newer producer added is ignored rather than refused.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A new mapper with the platform's settings, for code that changes it further. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /** The shared mapper with the platform's settings, for static callers; never reconfigure it. */
    public static ObjectMapper shared() {
        return SHARED;
    }
}
