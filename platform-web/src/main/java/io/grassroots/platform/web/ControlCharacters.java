package io.grassroots.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses the NUL character wherever a request carries text (path, query, JSON strings) with a 400
 * naming where it was: PostgreSQL cannot store it, and no name, code or value of the platform has it.
 */
@Singleton
public class ControlCharacters implements ObjectMapperCustomizer {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseInAddress(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path != null && hasNul(path)) {
            return Optional.of(refuse("path", "the path holds a NUL character", request));
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null && hasNul(query)) {
            for (String pair : query.split("&")) {
                if (hasNul(pair)) {
                    String name = decode(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
                    return Optional.of(refuse(Params.shortened(name.replace("\0", "")), "the parameter holds a NUL "
                            + "character", request));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule strings = new SimpleModule("no-nul-strings");
        strings.addDeserializer(String.class, new NulRefusingStrings());
        mapper.registerModule(strings);
    }

    private static boolean hasNul(String raw) {
        return raw.indexOf('\0') >= 0 || raw.toLowerCase(java.util.Locale.ROOT).contains("%00");
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static Response refuse(String field, String message, ContainerRequestContext request) {
        Problem problem = ProblemException.invalid(List.of(new Violation(field, "CHARACTERS", message)))
                .toProblem(request.getUriInfo().getPath().replace("\0", ""));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** JSON strings as Jackson reads them, refused when they hold a NUL character. */
    static final class NulRefusingStrings extends StdScalarDeserializer<String> {
        NulRefusingStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "a NUL character is not allowed",
                        value.replace("\0", "\\u0000"),
                        String.class);
            }
            return value;
        }
    }
}
