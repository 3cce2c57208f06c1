package io.grassroots.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the platform uses: 127.0.0.1:5432 as user postgres unless PGHOST, PGPORT,
 * PGUSER or PGPASSWORD say otherwise. It creates each service's database when it is missing.
 */
public record PostgresServer(String host, int port, String user, String password) {
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public static PostgresServer fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static PostgresServer fromEnvironment(Map<String, String> env) {
        return new PostgresServer(env.getOrDefault("PGHOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
                env.getOrDefault("PGUSER", "postgres"),
                env.getOrDefault("PGPASSWORD", ""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public boolean isReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the database if it does not exist yet; returns true when it was created now. */
    public boolean ensureDatabase(String name) {
        checkName(name);
        try (Connection admin = adminConnection()) {
            if (exists(admin, name)) {
                return false;
            }
            try (Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE " + name);
                return true;
            } catch (SQLException e) {
                // Another process may have created it between the check and here: that is fine.
                if (exists(admin, name)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " on " + host + ":" + port, e);
        }
    }

    /** Drops the database, closing any session still connected to it. */
    public void dropDatabase(String name) {
        checkName(name);
        try (Connection admin = adminConnection(); Statement drop = admin.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + name, e);
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), user, password);
    }

    private static boolean exists(Connection admin, String name) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void checkName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }
}
