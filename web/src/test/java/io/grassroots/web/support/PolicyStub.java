package io.grassroots.web.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * The stub gateway's policies and official calendars: a county policy with a team cap inherited from
 * above; a put that raises the cap is refused as RELAX, a blackout outside the year as YEAR; a calendar
 * load with a day of another year is refused for that line.
 */
final class PolicyStub {
    static final String POLICY = """
            {"region":"450102","year":2027,
             "document":{"rules":{"NOTICE":{"severity":"BLOCK","workingDays":12}},
                         "quotas":[{"department":"450102-emergency","baseline":10,"cut":0.6}],
                         "blackouts":[{"from":"2027-08-01","to":"2027-08-31","reason":"无会月"}]},
             "effective":{"rules":{"ONE_COMPREHENSIVE_PER_YEAR":{"severity":"REVIEW","max":1},
                                   "ANNUAL_QUOTA":{"severity":"REVIEW","cut":0.5},
                                   "TEAM_SIZE":{"severity":"BLOCK","max":4},
                                   "NOTICE":{"severity":"BLOCK","workingDays":12},
                                   "CALENDAR":{"severity":"BLOCK"},"CALENDAR_UNKNOWN":{"severity":"REVIEW"},
                                   "UNIT_MONTHLY_CAP":{"severity":"BLOCK","max":2},
                                   "TARGET_IN_REGION":{"severity":"BLOCK"},"MANDATE_REQUIRED":{"severity":"BLOCK"},
                                   "DUPLICATE_PLAN":{"severity":"REVIEW"}},
                          "quotas":[{"department":"450102-emergency","baseline":10,"cut":0.6,"limit":4}],
                          "blackouts":[{"from":"2027-01-20","to":"2027-02-10","reason":"春节前后（省）"},
                                       {"from":"2027-08-01","to":"2027-08-31","reason":"无会月"}]},
             "updatedBy":"coordinator-1","updatedAt":"2026-11-01T02:00:00Z"}
            """;

    static final String CALENDAR = """
            {"year":2027,"status":"SHIPPED","source":"国办发明电〔2026〕1号","loadedBy":null,"loadedAt":null,
             "version":1,"holidays":[{"date":"2027-01-01","name":"元旦"},{"date":"2027-10-01","name":"国庆节"}],
             "workdays":["2027-09-26"],"confirmedOnHolidays":[]}
            """;

    private PolicyStub() {
    }

    static void answer(HttpExchange exchange, String path, String body) throws IOException {
        boolean put = exchange.getRequestMethod().equals("PUT");
        if (path.equals("/api/policy/450102/2027")) {
            if (put && body.contains("\"TEAM_SIZE\":{\"max\":8}")) {
                StubGateway.send(exchange, 400, StubGateway.problem(400, "invalid", "2 violations",
                        ",\"violations\":[{\"field\":\"rules.TEAM_SIZE.max\",\"rule\":\"RELAX\",\"message\":\"at most 4"
                                + " is in force above\"},{\"field\":\"blackouts[1]\",\"rule\":\"YEAR\",\"message\":"
                                + "\"must lie within 2027\"}]"));
            } else {
                StubGateway.send(exchange, 200, POLICY);
            }
        } else if (path.equals("/api/calendar/2027")) {
            if (put && body.contains("2028-")) {
                StubGateway.send(exchange, 400, StubGateway.problem(400, "invalid", "1 violation",
                        ",\"violations\":[{\"field\":\"holidays[1].date\",\"rule\":\"YEAR\",\"message\":\"outside\"}]"));
            } else {
                StubGateway.send(exchange, 200, CALENDAR);
            }
        } else {
            StubGateway.send(exchange, 404, StubGateway.problem(404, "not-found", "nothing at " + path, ""));
        }
    }
}
