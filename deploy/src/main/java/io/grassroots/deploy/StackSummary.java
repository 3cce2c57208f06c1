package io.grassroots.deploy;

import java.io.PrintStream;
import java.util.List;

/** What the local stack prints once it is up: the console first, then the API, the services and the demo year. */
final class StackSummary {
    private StackSummary() {
    }

    static void print(PrintStream out, StackLayout layout, List<ServiceProcess> running, String kafka, int demoYear) {
        out.println();
        out.println("The platform is up. Its one entry point is the gateway:");
        out.printf("  web console          %s/   (红黑榜 %s/burden/leaderboard, no sign-in)%n",
                layout.url(Service.GATEWAY), layout.url(Service.GATEWAY));
        out.printf("  gateway API          %s/api   (Swagger UI %s/q/swagger-ui, OpenAPI %s/openapi)%n",
                layout.url(Service.GATEWAY), layout.url(Service.GATEWAY), layout.url(Service.GATEWAY));
        out.println("  sign in              curl -s -X POST " + layout.url(Service.GATEWAY) + "/api/auth/token "
                + "-H 'Content-Type: application/json' -d '{\"username\":\"admin\",\"password\":\"…\"}'");
        out.println("                       (admin's password: PLATFORM_ADMIN_PASSWORD, or " + layout.state()
                .resolve("admin-password") + "; demo accounts: see the README, password "
                + DemoAccounts.PASSWORD + ")");
        for (ServiceProcess p : running) {
            if (!Service.GATEWAY.equals(p.name())) {
                out.printf("  %-20s http://127.0.0.1:%d   (health /q/health/ready, metrics /q/metrics)%n", p.name(),
                        p.port());
            }
        }
        out.println("  Kafka                " + kafka);
        out.println("  logs                 " + layout.state().resolve("logs"));
        out.printf("  demo year %d         %s/api/burden/leaderboard?year=%d&region=%s%n", demoYear,
                layout.url(Service.GATEWAY), demoYear, DemoYear.COUNTY);
        out.println("Press Ctrl-C to stop.");
    }

}
