package io.grassroots.web.api;

/** The API refused a request with a problem (4xx other than 401, or 5xx); pages show it in Chinese. */
public class ApiException extends RuntimeException {
    private final ApiProblem problem;

    public ApiException(ApiProblem problem) {
        super(problem.status() + " " + problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
