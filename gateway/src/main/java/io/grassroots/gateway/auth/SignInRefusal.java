package io.grassroots.gateway.auth;

import io.grassroots.gateway.limit.SignInThrottle;
import io.grassroots.gateway.problem.Problems;
import io.grassroots.platform.web.Problem;
import jakarta.ws.rs.core.Response;

/** The 429 answer once too many passwords were wrong, with when to try again. */
final class SignInRefusal {
    private SignInRefusal() {
    }

    static Response response(SignInThrottle.Verdict verdict, String path) {
        long seconds = Problems.retryAfterSeconds(verdict.retryAfter());
        Problem problem = Problems.tooManyRequests("too many failed sign-ins; try again in " + seconds + " s", path);
        return Response.status(429).header("Retry-After", seconds).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
