package io.grassroots.assessment.support;

import io.grassroots.testing.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and adjusts the service's database directly, to prove what a request did or did not change. */
@ApplicationScoped
public class Db extends DatabaseProbe {
    /** A fingerprint of the registers and feedback, which refused requests must leave alone. */
    public String state() {
        return count("select count(*) from assessment_indicator") + "/" + count("select count(*) from veto_item") + "/"
                + count("select count(*) from feedback") + "/" + count("select coalesce(sum(rating), 0) from feedback");
    }
}
