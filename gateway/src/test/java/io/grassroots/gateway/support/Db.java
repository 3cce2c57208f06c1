package io.grassroots.gateway.support;

import io.agroal.api.AgroalDataSource;
import io.grassroots.testing.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/** Reads the gateway's database directly, to prove what a request stored or did not change. */
@ApplicationScoped
public class Db extends DatabaseProbe {
    @Inject
    AgroalDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
