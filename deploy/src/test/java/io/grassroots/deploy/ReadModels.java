package io.grassroots.deploy;

import io.grassroots.infra.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * When each benchmark result became visible in the two read models: its value in the shared dataset
 * (dataset-share-service's data_value) and its row on the ledger (assessment-service's result_fact),
 * read after the run from PostgreSQL's commit timestamp of the row, so nothing polls while it runs.
 */
final class ReadModels implements AutoCloseable {
    static final String SHARED = "select source_ref, pg_xact_commit_timestamp(xmin) from data_value "
            + "where source = 'INSPECTION' and source_ref like ?";
    static final String LEDGER = "select result_id, pg_xact_commit_timestamp(xmin) from result_fact "
            + "where result_id like ?";

    private final Connection shared;
    private final Connection ledger;

    ReadModels(PostgresServer server, String sharedDatabase, String ledgerDatabase) throws SQLException {
        shared = DriverManager.getConnection(server.jdbcUrl(sharedDatabase), server.user(), server.password());
        ledger = DriverManager.getConnection(server.jdbcUrl(ledgerDatabase), server.user(), server.password());
    }

    /**
     * Turns on the commit timestamps the figures are read from; a server setting, so it takes the
     * benchmark's own cluster and a restart (which {@link BenchStack} does before the stack starts).
     */
    static void trackCommitTimestamps(PostgresServer server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
                Statement st = c.createStatement()) {
            st.execute("alter system set track_commit_timestamp = on");
        }
    }

    /** Results with the id prefix visible in each read model: shared dataset, ledger. */
    long[] counts(String prefix) throws SQLException {
        return new long[] { count(shared, SHARED, prefix), count(ledger, LEDGER, prefix) };
    }

    /** Commit time in epoch microseconds of each result with the prefix, by result id, in the shared dataset. */
    Map<String, Long> sharedAt(String prefix) throws SQLException {
        return commitTimes(shared, SHARED, prefix);
    }

    /** Commit time in epoch microseconds of each result with the prefix, by result id, on the ledger. */
    Map<String, Long> ledgerAt(String prefix) throws SQLException {
        return commitTimes(ledger, LEDGER, prefix);
    }

    private static long count(Connection c, String query, String prefix) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select count(*) from (" + query + ") q")) {
            st.setString(1, prefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, Long> commitTimes(Connection c, String query, String prefix) throws SQLException {
        Map<String, Long> at = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(query)) {
            st.setString(1, prefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    java.sql.Timestamp committed = rs.getTimestamp(2);
                    if (committed == null) {
                        throw new IllegalStateException("no commit timestamp: is track_commit_timestamp on?");
                    }
                    at.merge(rs.getString(1), PacedSender.micros(committed.toInstant()), Math::min);
                }
            }
        }
        return at;
    }

    @Override
    public void close() throws SQLException {
        shared.close();
        ledger.close();
    }
}
