package io.grassroots.web.accounts;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.session.LiveSession;
import io.grassroots.web.session.SessionCookies;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every signed-in user changes their own password, proving the current one. The gateway then stops
 * the user's earlier tokens, so the console ends this session at once and sends them to sign in again.
 */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
public class PasswordPage {
    static final Set<String> INPUTS = Set.of("currentPassword", "newPassword", "confirmPassword");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(User user, FormErrors errors);
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    SessionCookies cookies;
    @Inject
    LiveSession live;

    @GET
    public Response form() {
        // A form for a session the platform no longer takes would only be refused when sent.
        return page(200, live.require(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@FormParam("currentPassword") String current, @FormParam("newPassword") String chosen,
            @FormParam("confirmPassword") String confirm, @Context HttpServerRequest request) {
        User user = viewer.require();
        if (!Objects.equals(chosen, confirm)) {
            // Caught before sending: a typo would leave the user with a password they do not know.
            return page(400, user, FormErrors.field("confirmPassword", "两次输入的新密码不一致"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currentPassword", blankToNull(current));
        body.put("newPassword", blankToNull(chosen));
        GatewayClient.Answer answer = gateway.send("PUT", "/api/auth/password", user.token(), body);
        if (answer.ok()) {
            // The gateway has cut this user's earlier tokens; the cookie goes too, so nothing half-works.
            return Response.seeOther(URI.create("/signin?m=password")).cookie(cookies.clear(request))
                    .header("Cache-Control", "no-store").build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() == 429) {
            return page(429, user, FormErrors.summary("当前密码输错次数过多，请稍后再试。"));
        }
        if (problem.status() != 400 && problem.status() != 422) {
            throw new ApiException(problem);
        }
        return page(problem.status(), user, FormErrors.of(problem, INPUTS));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static Response page(int status, User user, FormErrors errors) {
        return Response.status(status).entity(Templates.password(user, errors)).header("Cache-Control", "no-store")
                .build();
    }
}
