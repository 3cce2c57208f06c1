package io.grassroots.deploy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A fingerprint of what the packaged stack holds: the row count of every business table of every
 * service's database. Outboxes, inboxes, work queues (the ledger's dirty rows, the placement queue),
 * the ledger publisher's record of what it last published (written on its own timer, after the settling
 * readings: HostileInputIT once saw it grow by one) and access logs are left out (they record reads and
 * background progress, not state a request could corrupt), and so is the directory, which the services
 * copy from Kafka in the background for minutes after a fresh start and no request may change.
 */
final class StackState {
    private StackState() {
    }

    /** The fingerprint once the stack is at rest: two readings 3 s apart agree (at most a minute). */
    static String settled(RunningStack stack) {
        String previous = of(stack);
        for (int i = 0; i < 20; i++) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return previous;
            }
            String now = of(stack);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    static String of(RunningStack stack) {
        TreeMap<String, Long> counts = new TreeMap<>();
        for (Service service : Service.WITH_DATABASE) {
            String database = stack.layout.database(service);
            try (Connection c = stack.database(service.module()); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' and "
                        + "tablename !~ '(outbox|processed|flyway|access|revoked|sign_in|ledger_dirty|ledger_published|"
                        + "placement_queue)' "
                        + "and tablename not in ('unit', 'department', 'region', 'category')")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                        rs.next();
                        counts.put(database + "." + table, rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read " + database, e);
            }
        }
        return counts.toString();
    }
}
