package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A throwaway PostgreSQL cluster names the JVM that made it, so that a test fork dropping leftovers
 * leaves alone a cluster another fork has just made and not yet started (two forks dropped each other's).
 */
class ClusterOwnerTest {
    private static final String PREFIX = "grassroots_it_";

    @Test
    void aClusterOfThisJvmNamesItsPidAndPortAndItsOwnerIsAlive() {
        String name = PostgresCommands.clusterName(PREFIX, 15432);
        assertEquals(PREFIX + ProcessHandle.current().pid() + "_15432", name);
        assertTrue(PostgresCommands.ownerAlive(name, PREFIX));
    }

    @Test
    void aClusterOfAJvmThatEndedIsALeftover() throws Exception {
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        assertFalse(PostgresCommands.ownerAlive(PREFIX + ended.pid() + "_15432", PREFIX));
    }

    @Test
    void aNameWithoutItsOwnerIsALeftoverOfAnEarlierVersion() {
        assertFalse(PostgresCommands.ownerAlive(PREFIX + "15432", PREFIX), "the name before pids");
        assertFalse(PostgresCommands.ownerAlive(PREFIX + "x_15432", PREFIX));
        assertFalse(PostgresCommands.ownerAlive(PREFIX + "99999999999999999999_1", PREFIX), "no such pid");
    }
}
