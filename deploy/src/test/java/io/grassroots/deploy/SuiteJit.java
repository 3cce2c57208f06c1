package io.grassroots.deploy;

import java.util.Map;

/**
 * The JIT setting of the applications the whole-stack tests start (the benchmarks' stacks keep the JVM's
 * default). A test stack lives minutes and runs mostly code it meets once, on two cores shared by a dozen
 * JVMs: C1 alone spares the C2 compiler's work, which took more than it gave back (the deploy module's tests in
 * a clean clone's run, with the test JVM's own C1 setting: 14:00 before, 11:29 with it). The gateway keeps C2:
 * it hashes every sign-in's password at the production cost, long compute that C1's code does about twice as
 * slowly.
 */
final class SuiteJit {
    /** Read by the JVM itself, so that it reaches every start and restart of a module's processes. */
    static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";
    /** With the code cache tiered compilation reserves: C1 alone reserves 48 MB, which a long-lived JVM fills. */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m";

    private SuiteJit() {
    }

    /**
     * Sets C1 alone for every application of the stack but the gateway, after any JAVA_TOOL_OPTIONS the caller
     * exported (a flight recording, say), which it keeps; returns the stack.
     */
    static LocalStack applyTo(LocalStack stack) {
        String exported = System.getenv(JVM_OPTIONS);
        String options = exported == null || exported.isBlank() ? C1_ONLY : exported.trim() + " " + C1_ONLY;
        Service.ALL.stream().map(Service::module).filter(module -> !Service.GATEWAY.equals(module))
                .forEach(module -> stack.environment(module, Map.of(JVM_OPTIONS, options)));
        return stack;
    }
}
