package io.grassroots.gateway.account;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts, managed by the coordinating office of a region. */
@Path("/api/admin/accounts")
@Tag(name = "accounts")
@RolesAllowed(Role.COORDINATOR_NAME)
public class AccountResource {
    @Inject
    AccountService accounts;
    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Create an account in your region; its password is stored only as a PBKDF2 hash")
    public Response create(@Valid @NotNull(message = "an account is required") AccountInput input) {
        AccountView created = accounts.create(input, caller.get());
        return Response.created(URI.create("/api/admin/accounts/" + created.username())).entity(created).build();
    }

    @GET
    @Operation(summary = "The accounts at or under your region, by user name: filtered by role, by status (ACTIVE or "
            + "DISABLED) and by text in the user name, department or unit code (q), paged (size 1-500, default 50)")
    public Page<AccountView> list(@QueryParam("role") @OneOf(Role.class) String role,
            @QueryParam("status") @OneOf(AccountFilter.Status.class) String status,
            @QueryParam("q") @Size(max = AccountFilter.MAX_TEXT) String q, @Valid @BeanParam Paging paging) {
        return accounts.inRegion(caller.get(), AccountFilter.of(role, status, q), paging.request());
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One account of your region")
    public AccountView get(@PathParam("username") String username) {
        return accounts.get(username, caller.get());
    }

    @POST
    @Path("/{username}/disable")
    @Operation(summary = "Disable an account of your region: it cannot sign in and its tokens stop working at once")
    public AccountView disable(@PathParam("username") String username) {
        return accounts.disable(username, caller.get());
    }

    @POST
    @Path("/{username}/enable")
    @Operation(summary = "Enable a disabled account again")
    public AccountView enable(@PathParam("username") String username) {
        return accounts.enable(username, caller.get());
    }

    @PUT
    @Path("/{username}/password")
    @Operation(summary = "Set a new password for an account of your region; its earlier tokens stop working")
    public Response resetPassword(@PathParam("username") String username,
            @Valid @NotNull(message = "a password is required") PasswordReset reset) {
        accounts.resetPassword(username, reset, caller.get());
        return Response.noContent().build();
    }
}
