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
public final class DatabaseFailures {
    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);
    private static final List<String> RACES = List.of("40001", "40P01", "55P03");
    private static final List<String> STALE = List.of("jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleObjectStateException", "org.hibernate.StaleStateException");

    private DatabaseFailures() {
    }

    /** What kind of database failure a throwable carries, as far as a caller may act on it. */
    public enum Kind {
        /** A value cannot be stored: the input is at fault. */
        DATA,
        /** Deadlock, serialization or lock not available: the same work may succeed at once. */
        RACE,
        /** A uniqueness check refused: the same work would be refused again. */
        DUPLICATE,
        /** An optimistic version check failed. */
        STALE,
        /** No connection, a full pool, or a server shutting down: worth retrying later. */
        UNAVAILABLE,
        /** The transaction was rolled back before it could commit (a timeout). */
        TIMEOUT,
        /** Not the database's doing, or nothing known. */
        OTHER;

        /** Whether the same work may succeed if tried again later. */
        public boolean passing() {
            return this == RACE || this == STALE || this == UNAVAILABLE || this == TIMEOUT;
        }
    }

    /** The kind of database failure in a throwable, its causes and suppressed exceptions. */
    public static Kind kind(Throwable failure) {
        String state = null;
        boolean rolledBack = false;
        boolean stale = false;
        boolean poolExhausted = false;
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
            stale |= STALE.contains(t.getClass().getName());
            poolExhausted |= t instanceof SQLException
                    && String.valueOf(t.getMessage()).contains("acquisition timeout");
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        if (state != null && state.startsWith("22")) {
            return Kind.DATA;
        }
        if (state != null && RACES.contains(state)) {
            return Kind.RACE;
        }
        if ("23505".equals(state)) {
            return Kind.DUPLICATE;
        }
        if (stale) {
            return Kind.STALE;
        }
        if (poolExhausted || (state != null && (state.startsWith("08") || state.startsWith("53")
                || state.startsWith("57")))) {
            return Kind.UNAVAILABLE;
        }
        return state == null && rolledBack ? Kind.TIMEOUT : Kind.OTHER;
    }

    /** The answer for a failure caused by the database, or null when it was not. */
    static Response answer(Throwable failure, String path) {
        return switch (kind(failure)) {
            // A data exception: a value the request carried cannot be stored (a NUL byte, a number or date
            // out of range). The request is at fault, and nothing was changed.
            case DATA -> problem(400, "urn:grassroots:problem:invalid-request", "The request is not valid",
                    "a value in the request cannot be stored; nothing was changed", "DATA", path, false);
            case RACE -> retry(409, "urn:grassroots:problem:conflict", "The request conflicts with a concurrent change",
                    "another request changed the same data at the same moment; nothing was changed; retry", "RETRY",
                    path);
            // Writers are serialized where it matters, so a duplicate is news: say so, and do not invite a loop.
            case DUPLICATE -> {
                LOG.warnf(failure, "uniqueness refused on %s", path);
                yield problem(409, "urn:grassroots:problem:conflict", "The request conflicts with the state",
                        "the data already holds what this request would add twice; nothing was changed", "DUPLICATE",
                        path, false);
            }
            case STALE -> problem(409, "urn:grassroots:problem:conflict", "The request conflicts with the state",
                    "the object was changed by someone else meanwhile; read it again and retry", "CONCURRENT_CHANGE",
                    path, false);
            case UNAVAILABLE -> {
                LOG.warnf("database unavailable on %s: %s", path, failure.getMessage());
                yield retry(503, "urn:grassroots:problem:unavailable", "The database is unavailable",
                        "the database did not complete the request; nothing was changed; retry shortly", "UNAVAILABLE",
                        path);
            }
            case TIMEOUT -> {
                LOG.warnf(failure, "transaction rolled back on %s", path);
                yield retry(503, "urn:grassroots:problem:unavailable", "The request could not be completed in time",
                        "the transaction was rolled back before it could commit; nothing was changed; retry shortly",
                        "TIMEOUT", path);
            }
            case OTHER -> null;
        };
    }

    private static Response retry(int status, String type, String title, String detail, String rule, String path) {
        return problem(status, type, title, detail, rule, path, true);
    }

    private static Response problem(int status, String type, String title, String detail, String rule, String path,
            boolean retryAfter) {
        Problem problem = new Problem(type, title, status, detail, path, List.of(new Violation(null, rule, detail)));
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        return (retryAfter ? response.header("Retry-After", "1") : response).build();
    }
}
