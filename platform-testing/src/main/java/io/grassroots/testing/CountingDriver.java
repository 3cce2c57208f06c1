package io.grassroots.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * PostgreSQL's JDBC driver with every statement execution counted: each execute (a JDBC batch is one)
 * run by a thread inside {@link #count} (or between {@link #start} and {@link #stop}) is one round trip to the
 * database, whoever issues it. Only the counting thread's statements count: a scheduler's work beside it
 * (an outbox relay, a queue worker) does not, which Hibernate's statistics, global to the factory, cannot tell.
 */
public class CountingDriver implements Driver {
    private static final ThreadLocal<Tally> COUNTING = new ThreadLocal<>();
    private static final StackWalker STACK = StackWalker.getInstance();
    private final Driver postgres = new org.postgresql.Driver();

    /**
     * What work ran on one thread: its statement executions, and the SQL of the statements it prepared through
     * Hibernate's query API (HQL, criteria or native queries, which Hibernate parses or translates; an entity's
     * load or flush is not one).
     */
    public record Tally(AtomicInteger executed, List<String> hibernateQueries) {
        Tally() {
            this(new AtomicInteger(), new ArrayList<>());
        }

        /** How many statements ran. */
        public int statements() {
            return executed.get();
        }
    }

    /** How many statements the work ran on this thread. */
    public static int count(Runnable work) {
        return tally(work).statements();
    }

    /** What the work ran on this thread. */
    public static Tally tally(Runnable work) {
        Tally tally = new Tally();
        COUNTING.set(tally);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return tally;
    }

    /**
     * Starts counting this thread's statements, for work whose start and end are seen in different calls
     * (a request's filters); {@link #stop} ends it.
     */
    public static void start() {
        COUNTING.set(new Tally());
    }

    /** Stops counting this thread's statements: how many ran since {@link #start}, or -1 if it was not started. */
    public static int stop() {
        Tally tally = COUNTING.get();
        COUNTING.remove();
        return tally == null ? -1 : tally.statements();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : wrap(Connection.class, connection, this::statements);
    }

    /** A connection's statements come back wrapped, to count their executions. */
    private Object statements(Object target, Method method, Object[] args) throws Throwable {
        Tally tally = COUNTING.get();
        if (tally != null && method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
                && STACK.walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith("org.hibernate.query.")))) {
            tally.hibernateQueries().add(sql);
        }
        Object result = invoke(target, method, args);
        if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())) {
            return wrap(method.getReturnType(), result, CountingDriver::executions);
        }
        return result;
    }

    private static Object executions(Object target, Method method, Object[] args) throws Throwable {
        Tally tally = COUNTING.get();
        if (tally != null && method.getName().startsWith("execute")) {
            tally.executed().incrementAndGet();
        }
        return invoke(target, method, args);
    }

    private interface Call {
        Object call(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<?> type, Object target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.call(target, method, args);
        return (T) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] { type }, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("io.grassroots.testing");
    }
}
