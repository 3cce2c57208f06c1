package io.grassroots.platform.web;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Answers failures the database reports for reasons other than the request: a transaction that lost
 * a race (deadlock, serialization, a lock or uniqueness check another transaction won) is a 409 the
 * client may retry; a database that is away or cancelled the work is a 503. Both roll back first.
 */
final class DatabaseFailures {
    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);
    private static final List<String> RACES = List.of("40001", "40P01", "55P03", "23505");

    private DatabaseFailures() {
    }

    /** The answer for a failure caused by the database, or null when it was not. */
    static Response answer(Throwable failure, String path) {
        String state = null;
        boolean rolledBack = false;
        // A commit that fails reports the database's reason as a suppressed exception of the rollback.
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty() && seen.size() < 64) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && state == null) {
                state = sql.getSQLState();
            }
            rolledBack |= t.getClass().getName().equals("jakarta.transaction.RollbackException");
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        if (state != null && RACES.contains(state)) {
            LOG.debugf("concurrent change on %s: SQL state %s", path, state);
            return retry(409, "urn:grassroots:problem:conflict", "The request conflicts with a concurrent change",
                    "another request changed the same data at the same moment; nothing was changed; retry", "RETRY", path);
        }
        if (state != null && (state.startsWith("08") || state.startsWith("57"))) {
            LOG.warnf("database unavailable on %s: SQL state %s", path, state);
            return retry(503, "urn:grassroots:problem:unavailable", "The database is unavailable",
                    "the database did not complete the request; nothing was changed; retry shortly", "UNAVAILABLE", path);
        }
        if (state == null && rolledBack) {
            LOG.warnf(failure, "transaction rolled back on %s", path);
            return retry(503, "urn:grassroots:problem:unavailable", "The request could not be completed in time",
                    "the transaction was rolled back before it could commit; nothing was changed; retry shortly",
                    "TIMEOUT", path);
        }
        return null;
    }

    private static Response retry(int status, String type, String title, String detail, String rule,
            String path) {
        Problem problem = new Problem(type, title, status, detail, path, List.of(new Violation(null, rule, detail)));
        return Response.status(status).type(Problem.MEDIA_TYPE).header("Retry-After", "1").entity(problem).build();
    }
}
