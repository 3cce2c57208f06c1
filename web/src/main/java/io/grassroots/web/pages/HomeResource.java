package io.grassroots.web.pages;

import io.grassroots.web.session.LiveSession;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The home page: what the platform is for the public, and for a signed-in user their role's pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance welcome(boolean expired);

        static native TemplateInstance home(User user);
    }

    @Inject
    Viewer viewer;
    @Inject
    LiveSession live;

    @GET
    public Response home() {
        // The cards need no API call, so one is made to learn at once of a disabled account or changed password.
        TemplateInstance page = viewer.user().map(user -> {
            live.confirm(user);
            return Templates.home(user);
        }).orElseGet(() -> Templates.welcome(viewer.stale()));
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }
}
