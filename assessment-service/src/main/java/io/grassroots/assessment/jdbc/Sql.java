package io.grassroots.assessment.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;

/** Runs plain JDBC on the connection of the current transaction, so projections commit with everything else. */
@ApplicationScoped
public class Sql {
    @Inject
    EntityManager em;

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T run(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
