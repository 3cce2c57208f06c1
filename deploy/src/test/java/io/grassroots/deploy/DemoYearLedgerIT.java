package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #5's cross-service check: the packaged inspection, dataset-share and assessment services, over a
 * real broker and their own databases, produce a year of plans, joint visits, results, a data
 * request and ratings through their APIs (DemoYear); the ledger read through the gateway then shows
 * the figures that follow from what was done, worked out by hand below.
 */
@ExtendWith(StackExtension.class)
class DemoYearLedgerIT {
    /** 青秀区 has 11 townships; emergency inspects all, fire 4 of them, market 3 + 3. */
    private static final int TOWNSHIPS = 11;

    private static JsonPath get(RunningStack stack, String path) {
        return given().baseUri(stack.gateway()).auth().oauth2(SignedIn.as(stack, "auditor-45")).get(path).then()
                .statusCode(200).extract().jsonPath();
    }

    /** One department's row of the ledger, as a path into the whole answer. */
    private record Row(JsonPath ledger, String department) {
        String get(String field) {
            return ledger.getString("find { it.counts.departmentId == '" + department + "' }." + field);
        }

        int count(String field) {
            return Integer.parseInt(get("counts." + field));
        }
    }

    @Test
    void theLedgerShowsWhatTheServicesDidInTheDemoYear(RunningStack stack) {
        assertNotNull(stack.seeded, "the demo year was seeded into empty databases");
        assertEquals(TOWNSHIPS, stack.seeded.townships().size());
        String year = "year=" + RunningStack.YEAR + "&region=" + DemoYear.COUNTY;
        // The ledger follows the events: wait until all three departments and both ratings are in.
        JsonPath ledger = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(stack, "/api/burden/departments?" + year), l -> l.getList("").size() == 3
                        && l.getList("counts.feedbackCount").stream().mapToInt(n -> ((Number) n).intValue())
                                .sum() == 2);
        Row emergency = new Row(ledger, "450103-emergency");
        // One plan over all 11 townships against a baseline of 24 (quota 12): cut (24 - 11) / 24.
        assertEquals(1, emergency.count("plansFiled"));
        assertEquals(TOWNSHIPS, emergency.count("targetsFiled"));
        assertEquals(TOWNSHIPS, emergency.count("targetsVisited"));
        // Fire's 4 townships fall in the same spring window and category group: 4 joint visits.
        assertEquals(4, emergency.count("targetsMerged"));
        assertEquals("0.542", emergency.get("cutAchieved"));
        // 7 visits alone (4 h each) and 4 shared with fire (2 h each).
        assertEquals("36.0", emergency.get("unitHoursImposed"));
        // relief = 100 x (0.4 x 13/24 + 0.2 x 4/11 + 0.1 x (5 - 1)/4) / 0.7
        assertEquals("55.63", emergency.get("reliefScore"));

        Row fire = new Row(ledger, "450103-fire");
        assertEquals(4, fire.count("targetsFiled"));
        assertEquals(4, fire.count("targetsMerged"));
        assertEquals("8.0", fire.get("unitHoursImposed"));
        // relief = 100 x (0.4 x 6/10 + 0.2 x 4/4 + 0.1 x 1) / 0.7
        assertEquals("77.14", fire.get("reliefScore"));

        Row market = new Row(ledger, "450103-market");
        // Two plans, 6 plan-targets against a limit of 2: over quota, no cut, nothing merged.
        assertEquals(2, market.count("plansFiled"));
        assertEquals(6, market.count("targetsFiled"));
        assertEquals(2, market.count("quotaLimit"));
        assertEquals("false", market.get("withinQuota"));
        assertEquals("0.0", market.get("reliefScore"));

        given().baseUri(stack.gateway()).get("/api/burden/leaderboard?" + year).then().statusCode(200)
                .body("red.departmentId", contains("450103-fire", "450103-emergency", "450103-market"))
                .body("black.departmentId", contains("450103-emergency", "450103-market", "450103-fire"));
    }

    @Test
    void theDataRequestCountsInTheYearItWasFiledAndTheUnitSeesItsMonths(RunningStack stack) {
        String previous = "year=" + (RunningStack.YEAR - 1) + "&region=" + DemoYear.COUNTY;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> get(stack,
                "/api/burden/departments?" + previous).getList("").size() == 1);
        // 4 townships x 2 indicators; the two visited townships' incident counts came from the results.
        given().baseUri(stack.gateway()).auth().oauth2(SignedIn.as(stack, "auditor-45"))
                .get("/api/burden/departments?" + previous).then().statusCode(200).body("", hasSize(1))
                .body("[0].counts.requestsFiled", equalTo(1)).body("[0].counts.fieldsRequested", equalTo(8))
                .body("[0].counts.fieldsAnsweredShared", equalTo(2)).body("[0].counts.fieldsAskedOfUnits", equalTo(6))
                .body("[0].counts.tasksIssued", equalTo(4)).body("[0].counts.feedbackSum", equalTo(4));
        // 新竹街道: the joint spring visit (emergency and fire) and the market visit in September.
        JsonPath months = given().baseUri(stack.gateway()).auth().oauth2(SignedIn.as(stack, "xinzhu-street"))
                .get("/api/burden/units/450103001?year=" + RunningStack.YEAR).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0), months.getList("months.visits"));
    }
}
