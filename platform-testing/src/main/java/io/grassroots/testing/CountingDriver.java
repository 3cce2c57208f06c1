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
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * PostgreSQL's JDBC driver with every statement execution counted: each execute (a JDBC batch is one)
 * run by a thread inside {@link #count} (or between {@link #start} and {@link #stop}) is one round trip to the
 * database, whoever issues it.
 */
public class CountingDriver implements Driver {
    private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();
    private final Driver postgres = new org.postgresql.Driver();

    /** How many statements the work ran on this thread. */
    public static int count(Runnable work) {
        AtomicInteger executed = new AtomicInteger();
        COUNTING.set(executed);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return executed.get();
    }

    /**
     * Starts counting this thread's statements, for work whose start and end are seen in different calls
     * (a request's filters); {@link #stop} ends it.
     */
    public static void start() {
        COUNTING.set(new AtomicInteger());
    }

    /** Stops counting this thread's statements: how many ran since {@link #start}, or -1 if it was not started. */
    public static int stop() {
        AtomicInteger executed = COUNTING.get();
        COUNTING.remove();
        return executed == null ? -1 : executed.get();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : wrap(Connection.class, connection, this::statements);
    }

    /** A connection's statements come back wrapped, to count their executions. */
    private Object statements(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())) {
            return wrap(method.getReturnType(), result, CountingDriver::executions);
        }
        return result;
    }

    private static Object executions(Object target, Method method, Object[] args) throws Throwable {
        AtomicInteger executed = COUNTING.get();
        if (executed != null && method.getName().startsWith("execute")) {
            executed.incrementAndGet();
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
