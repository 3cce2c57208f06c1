package io.grassroots.web.support;

/** The stub gateway's JSON bodies, shaped as the services answer them. */
final class StubAnswers {
    private StubAnswers() {
    }

    static final String LEADERBOARD = """
            {"year":2027,"region":"450103","departmentsRanked":3,"formula":"relief = 100 x ...",
             "red":[{"rank":1,"departmentId":"450103-fire","name":"青秀区消防救援大队","regionCode":"450103",
                     "reliefScore":82.5,"burdenScore":6.0,"cutAchieved":0.6,"shareRate":0.75,
                     "mergeShare":1.0,"feedbackMean":4.5,"unitHoursImposed":2.0,"targetsFiled":4,"quotaLimit":10,
                     "submissionsRefused":1},
                    {"rank":2,"departmentId":"450103-emergency","name":"青秀区应急管理局","regionCode":"450103",
                     "reliefScore":61.0,"burdenScore":9.5,"cutAchieved":0.4,"shareRate":0.5,
                     "mergeShare":0.5,"feedbackMean":null,"unitHoursImposed":9.5,"targetsFiled":12,"quotaLimit":10,
                     "submissionsRefused":0}],
             "black":[{"rank":1,"departmentId":"450103-market","name":"青秀区市场监督管理局","regionCode":"450103",
                     "reliefScore":10.0,"burdenScore":31.0,"cutAchieved":0.0,"shareRate":null,"mergeShare":null,
                     "feedbackMean":2.0,"unitHoursImposed":27.0,"targetsFiled":20,"quotaLimit":null,
                     "submissionsRefused":1}]}
            """;

    static final String PLAN = """
            {"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","department":"450102-emergency","year":2027,
             "title":"2027年春季安全生产检查","kind":"INSPECTION","scope":"SPECIAL","category":"WORK_SAFETY",
             "targetSelector":{"under":"450102","level":"TOWNSHIP"},"targetCount":6,"windowStart":"2027-03-01",
             "windowEnd":"2027-03-31","onSiteDays":1,"teamSize":8,"materials":["SAFETY_INCIDENTS"],
             "mandate":"桂安委〔2027〕1号","status":"DRAFT",
             "findings":[{"rule":"TEAM_SIZE","severity":"BLOCK","field":"teamSize","message":"team of 8, at most 5"},
                         {"rule":"ANNUAL_QUOTA","severity":"REVIEW","field":"targets",
                          "message":"quota 10 plan-targets"}],
             "version":1}
            """;

    /** A submitted plan awaiting the coordinator, with two findings a coordinator must accept by name. */
    static final String SUBMITTED = PLAN.replace("\"status\":\"DRAFT\"", "\"status\":\"SUBMITTED\"")
            .replace("\"teamSize\":8", "\"teamSize\":4")
            .replace("{\"rule\":\"TEAM_SIZE\",\"severity\":\"BLOCK\",\"field\":\"teamSize\",\"message\":\"team of 8, "
                    + "at most 5\"}",
                    "{\"rule\":\"NOTICE\",\"severity\":\"REVIEW\",\"field\":\"windowStart\","
                            + "\"message\":\"6 working days' notice, at least 10\"}");

    /** One plan on the requested page, and a total that makes three pages of twenty. */
    static String planPage(String query) {
        int page = 0;
        var m = java.util.regex.Pattern.compile("(?:^|&)page=(\\d+)").matcher(query);
        if (m.find()) {
            page = Integer.parseInt(m.group(1));
        }
        // year=2026 stands for a submitted plan whose findings block it (the rules changed since it was filed).
        String submitted = query.contains("year=2026") ? PLAN.replace("\"DRAFT\"", "\"SUBMITTED\"") : SUBMITTED;
        String plan = (query.contains("status=SUBMITTED") ? submitted : PLAN).replace("2027年春季安全生产检查",
                "第" + (page + 1) + "页的计划");
        return "{\"items\":[" + plan + "],\"page\":" + page + ",\"size\":20,\"total\":41}";
    }
}
