package io.grassroots.web.accounts;

import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The coordinator's accounts: those at or under its region as the gateway scopes them, filtered by role,
 * status and text in the user name or codes, paged and updated in place by htmx.
 */
@Path("/accounts")
@Produces(MediaType.TEXT_HTML)
public class AccountList {
    static final int PAGE_SIZE = 20;
    /** As the gateway allows: a longer search is refused there, so it is explained here instead. */
    static final int MAX_TEXT = 64;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(User user, Filter filter, AccountViews.AccountPage result,
                List<Role> roles, List<String> statuses, String typedText, FormErrors errors);

        static native TemplateInstance list$results(User user, Filter filter, AccountViews.AccountPage result);
    }

    /** The list's filter as the query string gives it; a value the gateway would refuse is dropped, not sent on. */
    public record Filter(String role, String status, String q, int page) {
        public String query(int toPage) {
            return GatewayClient.path("/accounts", "role", role, "status", status, "q", q, "page",
                    toPage == 0 ? null : toPage);
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    AccountApi accounts;

    @GET
    public Response list(@QueryParam("role") String role, @QueryParam("status") String status,
            @QueryParam("q") String q, @QueryParam("page") String page, @HeaderParam("HX-Request") String htmx,
            @HeaderParam("HX-History-Restore-Request") String restore) {
        User user = viewer.require(Role.COORDINATOR);
        String text = q == null || q.isBlank() ? null : q.trim();
        FormErrors errors = FormErrors.none();
        if (text != null && text.length() > MAX_TEXT) {
            errors = FormErrors.field("q", "搜索内容不能超过 " + MAX_TEXT + " 个字符");
            text = null;
        }
        boolean partial = htmx != null && restore == null;
        if (errors.any() && partial) {
            // The problem belongs next to the search input, which a partial update does not replace.
            return Response.noContent().header("HX-Redirect", GatewayClient.path("/accounts", "role", role,
                    "status", status, "q", q)).build();
        }
        Integer pageNumber = QueryNumbers.within(page, 0, 100_000);
        String knownStatus = status != null && AccountViews.STATUSES.contains(status) ? status : null;
        Filter filter = new Filter(known(role), knownStatus, text, pageNumber == null ? 0 : pageNumber);
        AccountViews.AccountPage result = accounts.map(gateway.get(GatewayClient.path(AccountApi.BASE, "role",
                filter.role(), "status", filter.status(), "q", filter.q(), "page", filter.page(), "size", PAGE_SIZE),
                user.token()), AccountViews.AccountPage.class);
        TemplateInstance html = partial ? Templates.list$results(user, filter, result)
                : Templates.list(user, filter, result, AccountViews.roles(), AccountViews.STATUSES,
                        q == null ? "" : q.trim(), errors);
        return Response.status(errors.any() ? 400 : 200).entity(html).header("Vary", "HX-Request")
                .header("Cache-Control", "no-store").build();
    }

    private static String known(String role) {
        return role != null && AccountViews.roles().stream().anyMatch(r -> r.name().equals(role)) ? role : null;
    }
}
