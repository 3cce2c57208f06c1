package io.grassroots.deploy;

import io.grassroots.infra.PostgresCluster;
import io.grassroots.infra.PostgresServer;
import java.io.IOException;

/**
 * The PostgreSQL a whole-stack test or benchmark runs on: a cluster of its own where the machine can make
 * one (Debian's binaries), else the machine's server, on which the stack's databases are dropped at the end.
 */
final class StackPostgres {
    private StackPostgres() {
    }

    /** A started cluster in the layout's state directory, or null when the machine cannot make one. */
    static PostgresCluster clusterIfPossible(StackLayout layout) throws IOException {
        return PostgresCluster.isPossible() ? PostgresCluster.create(layout.state().resolve("postgres"), 300) : null;
    }

    /** Puts the stack on the cluster; with none, it stays on the machine's server. */
    static LocalStack on(LocalStack stack, PostgresCluster cluster) {
        if (cluster != null) {
            stack.postgres(cluster.server());
        }
        return stack;
    }

    /** Stops the stack, then its cluster, or drops its databases from the machine's server. */
    static void close(LocalStack stack, PostgresCluster cluster, StackLayout layout) {
        stack.close();
        if (cluster != null) {
            cluster.close();
        } else {
            PostgresServer postgres = stack.postgres();
            Service.WITH_DATABASE.forEach(s -> postgres.dropDatabase(layout.database(s)));
        }
    }
}
