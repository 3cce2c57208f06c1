package io.grassroots.gateway.auth;

import io.grassroots.gateway.account.Account;
import io.grassroots.gateway.account.AccountService;
import io.grassroots.gateway.account.HashPool;
import io.grassroots.gateway.limit.SignInThrottle;
import io.grassroots.platform.web.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Sign-in. Wrong credentials get one answer whether or not the user exists; repeated failures are
 * slowed down, and the address that keeps guessing is refused for a while with 429 (see SignInThrottle).
 */
@Path("/api/auth/token")
@Tag(name = "sign-in")
@PermitAll
public class TokenResource {
    private static final Logger LOG = Logger.getLogger(TokenResource.class);

    @Inject
    AccountService accounts;
    @Inject
    HashPool hasher;
    @Inject
    TokenIssuer issuer;
    @Inject
    SignInThrottle throttle;
    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Sign in with user name and password; returns a short-lived RS256 bearer token")
    public Response signIn(@Valid @NotNull(message = "username and password are required") TokenRequest credentials,
            @Context HttpServerRequest request) throws InterruptedException {
        String user = credentials.username().trim().toLowerCase(Locale.ROOT);
        String address = request.remoteAddress().host();
        SignInThrottle.Verdict verdict = throttle.check(Instant.now(clock), user, address);
        if (verdict.refused()) {
            LOG.warnf("sign-in refused for %s from %s: too many failures", user, address);
            return SignInRefusal.response(verdict, request.path());
        }
        if (!verdict.delay().isZero()) {
            // Each further guess costs the guesser more time; the worker thread waits, not the event loop.
            Thread.sleep(verdict.delay().toMillis());
        }
        Account account = accounts.find(credentials.username()).orElse(null);
        if (!hasher.verify(credentials.password(), account == null ? null : account.passwordHash)) {
            throttle.failed(Instant.now(clock), user, address);
            LOG.infof("sign-in failed for %s from %s", user, address);
            return Response.status(401).type(Problem.MEDIA_TYPE).entity(new Problem(
                    "urn:grassroots:problem:unauthorized", "Sign-in failed", 401, "wrong user name or password",
                    request.path(), List.of())).build();
        }
        throttle.succeeded(user, address);
        if (account.disabledAt != null) {
            // Only the holder of the right password learns that the account exists and is disabled.
            return Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem(
                    "urn:grassroots:problem:account-disabled", "Account disabled", 403, "account " + account.username
                            + " is disabled; ask your coordinating office",
                    request.path(), List.of())).build();
        }
        return Response.ok(new TokenResponse(issuer.issue(account), "Bearer", issuer.lifetimeSeconds()))
                .header("Cache-Control", "no-store").build();
    }
}
