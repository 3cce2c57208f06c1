package io.grassroots.web.session;

import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayUnavailable;
import io.grassroots.web.i18n.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/** Sign-in (a form whose credentials go to the gateway's token endpoint) and sign-out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {
    /** Why the sign-in page was shown, as the redirect that led here says it (never free text from the URL). */
    static final Map<String, String> NOTICES = Map.of("expired", "登录已过期，请重新登录。", "revoked",
            "登录已失效：账号可能已被停用或密码已修改，请重新登录。", "signedout", "您已安全退出。",
            "password", "密码已修改，请用新密码重新登录。");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(String notice, String username, String next, FormErrors errors);
    }

    @Inject
    GatewayClient gateway;
    @Inject
    SessionCookies cookies;
    @Inject
    Viewer viewer;

    @GET
    @Path("signin")
    public Response form(@QueryParam("m") String reason, @QueryParam("next") String next) {
        if (viewer.user().isPresent()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        return page(Templates.signin(reason == null ? null : NOTICES.get(reason), "", safeNext(next),
                FormErrors.none()), 200);
    }

    @POST
    @Path("signin")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @Context HttpServerRequest request) {
        String name = username == null ? "" : username.trim();
        GatewayClient.Answer answer;
        try {
            answer = gateway.exchange("POST", "/api/auth/token", null, new Credentials(name,
                    password == null ? "" : password));
        } catch (GatewayUnavailable e) {
            return page(Templates.signin(null, name, safeNext(next), FormErrors.summary("平台暂时无法连接，请稍后再试。")),
                    503);
        }
        if (answer.ok() && answer.body().hasNonNull("access_token")) {
            return Response.seeOther(URI.create(safeNext(next)))
                    .cookie(cookies.open(answer.body().get("access_token").asText(), request)).build();
        }
        FormErrors errors = switch (answer.status()) {
            case 400 -> FormErrors.of(answer.problem(), Set.of("username", "password"));
            case 401 -> FormErrors.summary("用户名或密码错误。");
            case 403 -> FormErrors.summary("该账号已停用，请联系本级统筹办。");
            case 429 -> FormErrors.summary("登录失败次数过多，请稍后再试。");
            default -> FormErrors.summary("平台暂时无法登录（" + answer.status() + "），请稍后再试。");
        };
        // The same status as the gateway's, so that a failed sign-in is not a 200 to scripts and monitors.
        return page(Templates.signin(null, name, safeNext(next), errors), answer.status() >= 500 ? 502
                : answer.status());
    }

    @POST
    @Path("signout")
    public Response signOut(@Context HttpServerRequest request) {
        return Response.seeOther(URI.create("/signin?m=signedout")).cookie(cookies.clear(request)).build();
    }

    private static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }

    /** Only a path of this site: an absolute or protocol-relative URL would make sign-in an open redirect. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/signin") || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }

    /** The body of the gateway's token request. */
    record Credentials(String username, String password) {
    }
}
