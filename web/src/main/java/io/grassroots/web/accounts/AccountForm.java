package io.grassroots.web.accounts;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.session.LiveSession;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A coordinator opens an account in its region: the role, the department, unit and region the role
 * needs, and an initial password typed twice. The gateway's problems show in Chinese next to each input.
 */
@Path("/accounts/new")
@Produces(MediaType.TEXT_HTML)
public class AccountForm {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(User user, AccountInput form, List<Role> roles, FormErrors errors);
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    LiveSession live;

    @GET
    public Response blank() {
        // The blank form calls no API: a disabled coordinator would otherwise fill it in before learning.
        User user = live.require(Role.COORDINATOR);
        return page(200, user, AccountInput.blank(user.region()), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("username") String username, @FormParam("role") String role,
            @FormParam("region") String region, @FormParam("dept") String dept, @FormParam("unit") String unit,
            @FormParam("password") String password, @FormParam("confirmPassword") String confirm) {
        User user = viewer.require(Role.COORDINATOR);
        AccountInput input = new AccountInput(username, role, region, dept, unit);
        if (!Objects.equals(password, confirm)) {
            // Caught here, before anything is sent: a typo would lock the new user out of their first sign-in.
            return page(400, user, input, FormErrors.field("confirmPassword", "两次输入的密码不一致"));
        }
        GatewayClient.Answer answer = gateway.send("POST", AccountApi.BASE, user.token(), input.body(password));
        if (answer.ok()) {
            // Post, then redirect: a reload does not create twice, and the account's page says what became of it.
            return Response.seeOther(URI.create(AccountApi.page(answer.body().path("username").asText())
                    + "?done=created")).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() == 409 && problem.violations().stream().anyMatch(v -> "EXISTS".equals(v.rule()))) {
            return page(409, user, input, FormErrors.field("username", "该用户名已被使用，请换一个"));
        }
        if (problem.status() == 404) {
            throw new NotFoundException();
        }
        if (problem.status() != 400 && problem.status() != 422) {
            throw new ApiException(problem);
        }
        return page(problem.status(), user, input, FormErrors.of(problem, AccountInput.INPUTS));
    }

    private static Response page(int status, User user, AccountInput input, FormErrors errors) {
        return Response.status(status).entity(Templates.form(user, input, List.of(Role.values()), errors))
                .header("Cache-Control", "no-store").build();
    }
}
