package io.grassroots.web.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.StringJoiner;

/**
 * The stub gateway's scheduling runs: region 450102 has a run for 2027 with 60 plan-targets left apart
 * (55 alone, 5 refused); no run for other years; running 2028 finds the service away.
 */
final class ScheduleStub {
    static final String RUN_PATH = "/api/schedule/450102/2027";

    private ScheduleStub() {
    }

    static void answer(HttpExchange exchange, String path) throws IOException {
        boolean post = exchange.getRequestMethod().equals("POST");
        if (post && path.equals("/api/schedule/450102/2028")) {
            exchange.getResponseHeaders().add("Retry-After", "5");
            StubGateway.send(exchange, 503, StubGateway.problem(503, "unavailable", "inspection-service is away", ""));
        } else if (path.equals(RUN_PATH)) {
            StubGateway.send(exchange, 200, post ? summary() : run());
        } else {
            StubGateway.send(exchange, 404, StubGateway.problem(404, "not-found", "no run at " + path, ""));
        }
    }

    private static String run() {
        return "{\"region\":\"450102\",\"year\":2027,\"ranBy\":\"coordinator-1\",\"ranAt\":\"2026-11-30T03:04:05.123Z\","
                + "\"summary\":" + summary() + "}";
    }

    private static String summary() {
        StringJoiner unmerged = new StringJoiner(",");
        for (int i = 0; i < 60; i++) {
            boolean refused = i >= 55;
            unmerged.add("{\"planId\":\"" + StubGateway.PLAN + "\",\"unitCode\":\"450102" + String.format("%03d", i)
                    + "\",\"reason\":\"" + (refused ? "UNIT_MONTHLY_CAP" : "ONLY_PLAN") + "\",\"placed\":" + !refused
                    + ",\"detail\":\"d\",\"suggestedDate\":" + (refused ? "\"2027-05-10\"" : "null")
                    + ",\"suggestion\":" + (refused ? "\"joins visit v-1 on 2027-05-10\"" : "null") + "}");
        }
        return "{\"region\":\"450102\",\"year\":2027,\"planTargets\":400,\"placed\":395,\"placeableUpperBound\":397,"
                + "\"visits\":120,\"lowerBound\":110,\"ratio\":1.0909,\"noMergeVisits\":400,\"busiestUnitMonth\":2,"
                + "\"itineraries\":31,\"unmergedByReason\":{\"ONLY_PLAN\":55,\"UNIT_MONTHLY_CAP\":5},"
                + "\"unmerged\":[" + unmerged + "],\"unmergedTruncated\":false}";
    }
}
