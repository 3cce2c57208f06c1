package io.grassroots.assessment.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads and adjusts the service's database directly, to prove what a request did or did not change. */
@ApplicationScoped
public class Db {
    @Inject
    AgroalDataSource dataSource;

    public long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            return q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** A fingerprint of the registers and feedback, which refused requests must leave alone. */
    public String state() {
        return count("select count(*) from assessment_indicator") + "/" + count("select count(*) from veto_item") + "/"
                + count("select count(*) from feedback") + "/" + count("select coalesce(sum(rating), 0) from feedback");
    }
}
