package io.grassroots.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem response. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.toProblem(uri.getPath()));
        // Unavailable for now, not for good: the client is told when to ask again (RFC 9110 10.2.3).
        return e.status() == 503 ? Response.fromResponse(response).header("Retry-After", "1").build() : response;
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "'" + Params.shortened(String.valueOf(invalid.getValue())) + "' is not one of "
                    + Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            message = "the text holds a NUL character, which is not allowed";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            message = "'" + Params.shortened(String.valueOf(invalid.getValue())) + "' is not a valid "
                    + typeName(invalid.getTargetType());
        } else {
            message = "expected " + (e.getTargetType() == null ? "another value" : typeName(e.getTargetType()));
        }
        return respond(ProblemException.invalid(field.isEmpty() ? "body" : field, "FORMAT", message)
                .toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        // Jackson's own words may name Java types and its feature switches: the client learns nothing from them.
        if (message.contains("`") || message.contains("Feature") || message.contains("java.")
                || message.contains("com.fasterxml")) {
            message = "malformed JSON";
        }
        message = Params.shortened(message.replaceAll("\\s+", " "));
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return respond(ProblemException.invalid(field.isEmpty() ? "body" : field, "JSON", message)
                .toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response noRoute(NotFoundException e, UriInfo uri) {
        return respond(ProblemException.notFound(uri.getPath()).toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response wrongMethod(NotAllowedException e, UriInfo uri) {
        return respond(new Problem("urn:grassroots:problem:method-not-allowed", "Method not allowed", 405,
                "this path does not accept that method", uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public Response wrongMediaType(NotSupportedException e, UriInfo uri) {
        return respond(new Problem("urn:grassroots:problem:unsupported-media-type", "Unsupported media type", 415,
                "send application/json", uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("urn:grassroots:problem:forbidden", "Forbidden", 403,
                "your role may not do this", uri.getPath(), List.of()));
    }

    /**
     * No token, or one that does not verify: a problem, with the Bearer challenge. The services check
     * their path permissions in the REST layer (applies-to=JAXRS) and authenticate lazily, so that
     * this mapper, not the HTTP layer's empty 401, answers.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.status(401).header("WWW-Authenticate", "Bearer").type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:grassroots:problem:unauthorized", "Not signed in", 401,
                        "a valid bearer token is required: sign in with POST /api/auth/token", uri.getPath(),
                        List.of()))
                .build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(ProblemException.conflict("CONCURRENT_CHANGE",
                "the object was changed by someone else meanwhile; read it again and retry")
                .toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        // The JSON reader wraps what Jackson threw: answer for the real cause.
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return unreadable(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        if (e instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return respond(new Problem("about:blank", Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, e.getMessage(),
                    uri.getPath(), List.of()));
        }
        Response database = DatabaseFailures.answer(e, uri.getPath());
        if (database != null) {
            return database;
        }
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return respond(new Problem("about:blank", "Internal error", 500,
                "the request failed; nothing was changed", uri.getPath(), List.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String typeName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "String" -> "string";
            case "List", "Set" -> "list";
            case "BigDecimal", "Double", "double", "Float", "float" -> "number";
            case "Boolean", "boolean" -> "true or false";
            default -> type.isEnum() ? "one of the listed values" : "JSON object";
        };
    }
}
