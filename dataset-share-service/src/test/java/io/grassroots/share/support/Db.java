package io.grassroots.share.support;

import io.grassroots.testing.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and adjusts the service's database directly, to prove what a request did or did not change. */
@ApplicationScoped
public class Db extends DatabaseProbe {
    /** A fingerprint of what data requests and reports may change (the access log aside). */
    public String state() {
        return count("select count(*) from data_value") + "/" + count("select count(*) from data_request") + "/"
                + count("select count(*) from task") + "/" + count("select count(*) from request_field") + "/"
                + count("select count(*) from outbox_event");
    }

    /** Moves matching values back in time, past the trigger that keeps reported values unchanged in production. */
    public void backdate(String where, String interval) {
        update("alter table data_value disable trigger data_value_append_only");
        try {
            update("update data_value set reported_at = reported_at - interval '" + interval + "' where " + where);
        } finally {
            update("alter table data_value enable trigger data_value_append_only");
        }
    }
}
