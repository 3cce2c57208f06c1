package io.grassroots.inspection.feed;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The signed-in unit's own calendar address: see whether one is active, create or rotate it, revoke it. */
@Path("/api/units/{code}/calendar-feed")
@RolesAllowed(Role.UNIT_NAME)
public class FeedResource {
    @Inject
    FeedService feeds;
    @Inject
    CurrentCaller caller;

    @GET
    public FeedStatus status(@PathParam("code") String code) {
        return feeds.status(code, caller.get());
    }

    /** A new address, answered this once; any earlier address of the unit stops working. */
    @POST
    public Response rotate(@PathParam("code") String code) {
        return Response.ok(feeds.rotate(code, caller.get())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    public Response revoke(@PathParam("code") String code) {
        feeds.revoke(code, caller.get());
        return Response.noContent().build();
    }
}
