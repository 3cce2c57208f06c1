package io.grassroots.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Gives the application's mapper the platform's one JSON configuration ({@link PlatformJson}). */
@Singleton
public class PlatformJsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        PlatformJson.configure(mapper);
    }
}
