package io.grassroots.web.unit;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.i18n.Formats;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The unit's subscription to its visit calendar from a phone: a secret address made, replaced or
 * revoked here. The platform keeps only a hash, so the address is shown once, right after it is made.
 */
@Path("/unit/calendar-feed")
@Produces(MediaType.TEXT_HTML)
public class UnitFeed {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(User user, boolean active, String since, String url, String webcal,
                String notice);
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Context
    UriInfo uri;

    @GET
    public Response show(@QueryParam("revoked") String revoked) {
        User user = UnitPages.require(viewer);
        JsonNode status = gateway.get(settings(user), user.token());
        return page(user, status, null, revoked != null ? "订阅地址已停用：手机日历将不再更新。" : null);
    }

    /** Makes a new address; the old one, if any, stops working in the same moment. */
    @POST
    @Path("rotate")
    public Response rotate() {
        User user = UnitPages.require(viewer);
        GatewayClient.Answer answer = gateway.send("POST", settings(user), user.token(), null);
        if (!answer.ok()) {
            throw new ApiException(answer.problem());
        }
        // No redirect: the address exists only in this answer, and is not kept anywhere to show again.
        return page(user, answer.body(), answer.body().path("path").asText(null),
                "已生成新的订阅地址。请立即复制到手机日历：离开本页后地址不再显示，之前的地址已失效。");
    }

    @POST
    @Path("revoke")
    public Response revoke() {
        User user = UnitPages.require(viewer);
        GatewayClient.Answer answer = gateway.send("DELETE", settings(user), user.token(), null);
        if (!answer.ok()) {
            throw new ApiException(answer.problem());
        }
        return Response.seeOther(URI.create("/unit/calendar-feed?revoked=1")).build();
    }

    private static String settings(User user) {
        return "/api/units/" + user.unit() + "/calendar-feed";
    }

    private Response page(User user, JsonNode status, String path, String notice) {
        String url = null;
        String webcal = null;
        if (path != null && path.startsWith("/api/feeds/")) {
            // The gateway serves the console and the API on one address: the one this page was asked at.
            URI base = uri.getBaseUri();
            url = base.getScheme() + "://" + base.getRawAuthority() + path;
            webcal = "webcal://" + base.getRawAuthority() + path;
        }
        return Response.ok(Templates.feed(user, status.path("active").asBoolean(false),
                Formats.beijing(status.path("createdAt").asText(null)), url, webcal, notice))
                // The address is a credential: no cache, no history copy may keep the page that shows it.
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
