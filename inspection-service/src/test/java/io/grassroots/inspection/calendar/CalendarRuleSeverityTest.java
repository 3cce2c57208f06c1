package io.grassroots.inspection.calendar;

import static io.grassroots.inspection.calendar.Year2027.plan2027;
import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.draft;
import static io.grassroots.inspection.support.Api.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A region's policy and the calendar rules: a year without an arrangement may block, a blocking rule stays. */
@QuarkusTest
class CalendarRuleSeverityTest {
    private static final String COUNTY = "450110";
    private static final String UNIT = "450110100";
    private static final String EMERGENCY = COUNTY + "-emergency";

    @Test
    void aRegionMayMakeTheRuleBlockingButNotRelaxABlockingRule() {
        String dept = TestTokens.department(EMERGENCY, COUNTY);
        as(TestTokens.coordinator(COUNTY))
                .body(Map.of("rules", Map.of("CALENDAR_UNKNOWN", Map.of("severity", "BLOCK"))))
                .put("/api/policy/" + COUNTY + "/2028").then().statusCode(200)
                .body("effective.rules.CALENDAR_UNKNOWN.severity", equalTo("BLOCK"));
        String id = draft(dept, plan2027(List.of(UNIT), "2028-03-01", "2028-03-31").with("year", 2028));
        submit(dept, id).statusCode(400).body("violations[0].rule", equalTo("CALENDAR_UNKNOWN"))
                .body("violations[0].message", containsString("PUT /api/calendar/2028"));

        as(TestTokens.coordinator(COUNTY)).body(Map.of("rules", Map.of("CALENDAR", Map.of("severity", "REVIEW"))))
                .put("/api/policy/" + COUNTY + "/2028").then().statusCode(400)
                .body("violations[0].field", equalTo("rules.CALENDAR.severity"))
                .body("violations[0].rule", equalTo("RELAX"));
    }
}
