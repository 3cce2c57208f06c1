package io.grassroots.inspection.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the service's database directly, to prove what a request did or did not change. */
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

    /** A fingerprint of everything a plan request may change: plans, their targets, the outbox. */
    public String state() {
        return count("select count(*) from plan") + "/" + count("select count(*) from plan_target") + "/"
                // A refused submission is recorded as an event on purpose; everything else must stay put.
                + count("select count(*) from outbox_event where event_type <> 'plan.submission-refused.v1'") + "/"
                + count("select coalesce(sum(version), 0) from plan") + "/" + count("select count(*) from visit") + "/"
                + count("select coalesce(sum(version), 0) from visit") + "/" + count("select count(*) from visit_result");
    }
}
