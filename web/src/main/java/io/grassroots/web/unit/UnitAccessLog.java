package io.grassroots.web.unit;

import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The unit's data and who read it: every read of its fields, refused attempts included, newest first, paged. */
@Path("/unit/access-log")
@Produces(MediaType.TEXT_HTML)
public class UnitAccessLog {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(User user, UnitViews.LogPage result);
    }

    @Inject
    Viewer viewer;
    @Inject
    AccessLogs logs;

    @GET
    public Response show(@QueryParam("page") String page) {
        User user = UnitPages.require(viewer);
        Integer p = QueryNumbers.within(page, 0, 100_000);
        return Response.ok(Templates.log(user, logs.page(user.unit(), p == null ? 0 : p, user)))
                .header("Cache-Control", "no-store").build();
    }
}
