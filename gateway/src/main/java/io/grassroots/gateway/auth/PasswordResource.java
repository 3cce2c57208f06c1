package io.grassroots.gateway.auth;

import io.grassroots.gateway.account.AccountService;
import io.grassroots.gateway.account.PasswordChange;
import io.grassroots.gateway.limit.SignInThrottle;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.web.ValidationProblems;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A signed-in user's own password. A wrong current password counts as a failed sign-in, so a stolen
 * token cannot be used to guess it; after the change, tokens issued before it stop working.
 */
@Path("/api/auth/password")
@Tag(name = "sign-in")
@Authenticated
public class PasswordResource {
    @Inject
    AccountService accounts;
    @Inject
    CurrentCaller caller;
    @Inject
    SignInThrottle throttle;
    @Inject
    Clock clock;
    @Inject
    Validator validator;

    @PUT
    @Operation(summary = "Change your own password; sign in again afterwards")
    public Response change(PasswordChange change, @Context HttpServerRequest request) {
        String user = caller.get().subject();
        String address = request.remoteAddress().host();
        SignInThrottle.Verdict verdict = throttle.check(Instant.now(clock), user, address);
        if (verdict.refused()) {
            return SignInRefusal.response(verdict, request.path());
        }
        // PasswordChange's shape is checked here, after the throttle, not before it as @Valid would: a
        // refused caller is answered 429 whatever it sends.
        ValidationProblems.valid(validator, change, "currentPassword and newPassword are required");
        accounts.changeOwnPassword(user, change, () -> throttle.failed(Instant.now(clock), user, address));
        throttle.succeeded(user, address);
        return Response.noContent().build();
    }
}
