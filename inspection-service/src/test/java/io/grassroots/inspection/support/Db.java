package io.grassroots.inspection.support;

import io.grassroots.testing.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the service's database directly, to prove what a request did or did not change. */
@ApplicationScoped
public class Db extends DatabaseProbe {
    /** A fingerprint of everything a plan request may change: plans, their targets, the outbox. */
    public String state() {
        return count("select count(*) from plan") + "/" + count("select count(*) from plan_target") + "/"
        // A refused submission is recorded as an event on purpose; everything else must stay put.
                + count("select count(*) from outbox_event where event_type <> 'plan.submission-refused.v1'") + "/"
                + count("select coalesce(sum(version), 0) from plan") + "/" + count("select count(*) from visit") + "/"
                + count("select coalesce(sum(version), 0) from visit") + "/"
                + count("select count(*) from visit_result");
    }
}
