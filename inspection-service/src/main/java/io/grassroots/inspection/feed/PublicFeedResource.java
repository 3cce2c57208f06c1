package io.grassroots.inspection.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The feed itself, for phone calendar apps that cannot sign in: the secret in the address is the
 * only credential. An unknown, revoked or malformed secret gets one and the same 404, which does not
 * echo the address, so nothing tells a guess that was close or an address that once worked.
 */
@Path("/api/feeds")
@PermitAll
public class PublicFeedResource {
    static final String NOT_FOUND = "{\"type\":\"urn:grassroots:problem:not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"no calendar feed at this address\"}";

    @Inject
    FeedService feeds;

    @GET
    @Path("{file}")
    public Response feed(@PathParam("file") String file) {
        String secret = file != null && file.endsWith(".ics") ? file.substring(0, file.length() - 4) : null;
        return feeds.feed(secret).map(ics -> Response.ok(ics, "text/calendar; charset=utf-8")
                // Personal to the unit: a shared cache must not keep it; the app polls, an hour apart at most.
                .header("Cache-Control", "private, max-age=900")
                .header("Content-Disposition", "inline; filename=\"visits.ics\"")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .build())
                .orElseGet(() -> Response.status(404).type("application/problem+json").entity(NOT_FOUND)
                        .header("Cache-Control", "no-store").build());
    }
}
