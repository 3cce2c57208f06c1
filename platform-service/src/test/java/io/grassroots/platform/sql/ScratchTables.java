package io.grassroots.platform.sql;

import io.grassroots.infra.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A connection to the platform's PostgreSQL server with temporary tables of its own, for tests of SQL writers. */
public final class ScratchTables {
    private ScratchTables() {
    }

    /** Connects and runs the statements (temporary tables, sequences' settings) on the new session. */
    public static Connection connect(String... ddl) throws SQLException {
        PostgresServer server = PostgresServer.fromEnvironment();
        Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                server.password());
        try (Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
        }
        return connection;
    }
}
