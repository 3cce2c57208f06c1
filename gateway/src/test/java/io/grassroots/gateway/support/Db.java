package io.grassroots.gateway.support;

import io.grassroots.testing.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the gateway's database directly, to prove what a request stored or did not change. */
@ApplicationScoped
public class Db extends DatabaseProbe {
}
