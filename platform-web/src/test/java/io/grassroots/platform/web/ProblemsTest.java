package io.grassroots.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every service answers with: bounded problems, checked parameters and database failures by kind
 * (paging and the plan year are Bean Validation constraints, tested in {@link PlatformConstraintsTest}).
 */
class ProblemsTest {

    private static List<Violation> violations(Runnable call) {
        ProblemException e = assertThrows(ProblemException.class, call::run);
        return e.toProblem("/x").violations();
    }

    @Test
    void aProblemListsTwentyViolationsAndCountsTheRestWithTextsCut() {
        List<Violation> many = IntStream.range(0, 25)
                .mapToObj(i -> new Violation("f" + i, "REQUIRED", "x".repeat(i == 0 ? 1000 : 3))).toList();
        Problem problem = ProblemException.invalid(many).toProblem("/api/plans");
        assertEquals(21, problem.violations().size());
        assertEquals(new Violation("body", "MORE", "5 more violation(s) not listed"), problem.violations().get(20));
        assertEquals(301, problem.violations().get(0).message().length(), "300 characters and an ellipsis");
        assertEquals(400, problem.status());
    }

    @Test
    void aRuleViolationIsTitledForEveryKindOfRequestNotOnlyAPlan() {
        // The same problem type answers a data request's short notice, a visit's date and a veto entry:
        // its title is the type's, the same whatever was refused; the detail names what broke which rule.
        Problem problem = ProblemException.ruleViolations(List.of(new Violation("dueDate", "NOTICE",
                "due 2026-12-04 is 1 working day(s) after 2026-12-03; notice requires 10"))).toProblem(
                        "/api/data-requests");
        assertEquals("The request breaks burden-relief rules", problem.title());
        assertEquals("urn:grassroots:problem:rule-violation", problem.type());
        assertEquals("1 blocking finding(s): due 2026-12-04 is 1 working day(s) after 2026-12-03; notice requires 10",
                problem.detail());
        assertEquals(400, problem.status());
    }

    @Test
    void parametersAreCheckedAndQuotedShort() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Params.id(id.toString(), "plan"));
        assertEquals(404, assertThrows(ProblemException.class, () -> Params.id("nope", "plan"))
                .toProblem("/x").status(), "a malformed id names nothing the caller may see");
        assertNull(Params.date("from", " "));
        assertEquals(new Violation("from", "RANGE", "from must lie in the years 1900 to 2200, was 9999-01-01"),
                violations(() -> Params.date("from", "9999-01-01")).get(0));
        assertEquals("FORMAT", violations(() -> Params.date("from", "2026-13-01")).get(0).rule());
        assertEquals("x".repeat(40) + "…", Params.shortened("x".repeat(100)));
    }

    @Test
    void databaseFailuresAreKnownByTheirSqlState() {
        assertEquals(DatabaseFailures.Kind.DATA, DatabaseFailures.kind(new RuntimeException(
                new SQLException("invalid byte sequence", "22021"))));
        assertEquals(DatabaseFailures.Kind.RACE, DatabaseFailures.kind(new SQLException("deadlock", "40P01")));
        assertEquals(DatabaseFailures.Kind.DUPLICATE, DatabaseFailures.kind(new SQLException("dup", "23505")));
        assertEquals(DatabaseFailures.Kind.UNAVAILABLE, DatabaseFailures.kind(new SQLException("gone", "08006")));
        assertEquals(DatabaseFailures.Kind.UNAVAILABLE, DatabaseFailures.kind(
                new SQLException("terminating connection due to administrator command", "57P01")));
        RuntimeException commit = new RuntimeException("rollback");
        commit.addSuppressed(new SQLException("could not serialize access", "40001"));
        assertEquals(DatabaseFailures.Kind.RACE, DatabaseFailures.kind(commit), "a commit's reason is suppressed");
        assertEquals(DatabaseFailures.Kind.OTHER, DatabaseFailures.kind(new IllegalStateException("a bug")));
    }
}
