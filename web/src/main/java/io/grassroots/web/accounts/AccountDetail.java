package io.grassroots.web.accounts;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One account of the coordinator's region: what it is, disabling and enabling it (its sessions end at
 * once), and setting a new password for a user who forgot theirs. Another region's account is the
 * gateway's 404.
 */
@Path("/accounts/{username}")
@Produces(MediaType.TEXT_HTML)
public class AccountDetail {
    /** What the page says after an action, keyed by the redirect's {@code done} (never free text from the URL). */
    static final Map<String, String> NOTICES = Map.of("created", "账号已创建。请将初始密码通过安全渠道告知使用人。",
            "disabled", "账号已停用：不能再登录，已登录的会话已立即失效。", "enabled", "账号已启用，可以重新登录。",
            "reset", "密码已重置：该账号原有的登录已失效，需用新密码登录。");
    static final Set<String> RESET_INPUTS = Set.of("password", "confirmPassword");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(User user, AccountViews.Account account, String notice,
                FormErrors errors, FormErrors resetErrors);
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    AccountApi accounts;

    @GET
    public Response detail(@PathParam("username") String username, @QueryParam("done") String done) {
        User user = viewer.require(Role.COORDINATOR);
        return page(200, user, accounts.load(username, user), done == null ? null : NOTICES.get(done),
                FormErrors.none(), FormErrors.none());
    }

    @POST
    @Path("disable")
    public Response disable(@PathParam("username") String username) {
        return toggle(username, "disable", "disabled");
    }

    @POST
    @Path("enable")
    public Response enable(@PathParam("username") String username) {
        return toggle(username, "enable", "enabled");
    }

    private Response toggle(String username, String action, String done) {
        User user = viewer.require(Role.COORDINATOR);
        GatewayClient.Answer answer = gateway.send("POST", AccountApi.path(username) + "/" + action, user.token(),
                null);
        if (answer.ok()) {
            return Response.seeOther(URI.create(AccountApi.page(username) + "?done=" + done)).build();
        }
        ApiProblem problem = refusal(answer);
        // A coordinator's own account (SELF) and the like: said above the forms, the account shown as it is.
        FormErrors errors = problem.violations().stream().anyMatch(v -> "SELF".equals(v.rule()))
                ? FormErrors.summary("不能停用自己的账号。") : FormErrors.of(problem, Set.of());
        return page(problem.status(), user, accounts.load(username, user), null, errors, FormErrors.none());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@PathParam("username") String username, @FormParam("password") String password,
            @FormParam("confirmPassword") String confirm) {
        User user = viewer.require(Role.COORDINATOR);
        String path = AccountApi.path(username) + "/password";
        if (!Objects.equals(password, confirm)) {
            // Caught before sending: a typo would leave the user with a password nobody knows.
            return page(400, user, accounts.load(username, user), null, FormErrors.none(),
                    FormErrors.field("confirmPassword", "两次输入的密码不一致"));
        }
        GatewayClient.Answer answer = gateway.send("PUT", path, user.token(),
                Map.of("password", password == null ? "" : password));
        if (answer.ok()) {
            return Response.seeOther(URI.create(AccountApi.page(username) + "?done=reset")).build();
        }
        ApiProblem problem = refusal(answer);
        return page(problem.status(), user, accounts.load(username, user), null, FormErrors.none(),
                FormErrors.of(problem, RESET_INPUTS));
    }

    /** A problem the page can show; a 404 is the gateway's (another region's account), anything else an error page. */
    private static ApiProblem refusal(GatewayClient.Answer answer) {
        ApiProblem problem = answer.problem();
        if (problem.status() == 404) {
            throw new NotFoundException();
        }
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            throw new ApiException(problem);
        }
        return problem;
    }

    private static Response page(int status, User user, AccountViews.Account account, String notice,
            FormErrors errors, FormErrors resetErrors) {
        return Response.status(status).entity(Templates.detail(user, account, notice, errors, resetErrors))
                .header("Cache-Control", "no-store").build();
    }
}
