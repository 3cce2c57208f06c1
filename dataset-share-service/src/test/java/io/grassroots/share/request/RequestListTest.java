package io.grassroots.share.request;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The list of data requests: a department pages through its own, filtered by period and status;
 * coordinators and auditors read their region's; nobody else's show, and a bad filter is a 400.
 */
@QuarkusTest
class RequestListTest extends ShareTest {
    private final String finance = TestTokens.department("450102-finance", "450102");
    private final String emergency = TestTokens.department("450102-emergency", "450102");

    private String file(String token, String title, String unit, String period) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", title, "indicators",
                List.of("HOUSEHOLDS"), "units", List.of(unit), "period", period, "dueDate", "2026-04-30"))
                .post("/api/data-requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDepartmentPagesItsOwnNewestFirstFilteredByPeriodAndStatus() {
        String first = file(finance, "一", "450102001", "2017");
        String second = file(finance, "二", "450102002", "2017");
        String third = file(finance, "三", "450102003", "2017");
        file(finance, "别的年度", "450102003", "2016");
        file(emergency, "应急局的", "450102001", "2017");

        // The test's clock is fixed, so the three were filed at one instant: the order is then by id.
        List<String> onFirst = given().auth().oauth2(finance).get("/api/data-requests?period=2017&size=2").then()
                .statusCode(200).body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items", hasSize(2)).body("items[0].fields", nullValue())
                .body("items[0].fieldsRequested", equalTo(1)).extract().path("items.id");
        List<String> onSecond = given().auth().oauth2(finance).get("/api/data-requests?period=2017&size=2&page=1")
                .then().body("items", hasSize(1)).extract().path("items.id");
        List<String> all = new java.util.ArrayList<>(onFirst);
        all.addAll(onSecond);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(first, second, third),
                java.util.Set.copyOf(all));
        org.junit.jupiter.api.Assertions.assertEquals(all.stream().sorted().toList(), all);
        // Nobody reported these households: every request waits on a task, so none is answered yet.
        given().auth().oauth2(finance).get("/api/data-requests?period=2017&status=ANSWERED").then()
                .body("total", equalTo(0));
        given().auth().oauth2(finance).get("/api/data-requests?period=2017&status=OPEN").then()
                .body("total", equalTo(3)).body("items.department", everyItem(equalTo("450102-finance")));
        // Naming another department does not widen a department's list.
        given().auth().oauth2(finance).get("/api/data-requests?period=2017&department=450102-emergency").then()
                .body("total", equalTo(3));
    }

    @Test
    void coordinatorsAndAuditorsReadTheirRegionsOnly() {
        String own = file(finance, "统筹办看得到", "450102001", "2015");
        file(emergency, "应急局的", "450102002", "2015");

        given().auth().oauth2(TestTokens.coordinator("4501")).get("/api/data-requests?period=2015").then()
                .statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(TestTokens.auditor("45")).get("/api/data-requests?period=2015&department=450102-finance")
                .then().statusCode(200).body("items.id", contains(own));
        given().auth().oauth2(TestTokens.coordinator("450103")).get("/api/data-requests?period=2015").then()
                .statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.unit("450102001")).get("/api/data-requests").then().statusCode(403);
        given().get("/api/data-requests").then().statusCode(401);
    }

    @Test
    void aBadFilterIsRefusedNamingIt() {
        given().auth().oauth2(finance).get("/api/data-requests?status=CLOSED&period=2017-13").then().statusCode(400)
                .body("violations.field", contains("period", "status"))
                .body("violations.rule", contains("FORMAT", "ENUM"));
        given().auth().oauth2(finance).get("/api/data-requests?size=501").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void theStatsFollowTheYearMonthByMonth() {
        file(finance, "按月统计", "450102001", "2014");
        // The test clock stands in March 2026: this month holds every request filed in the test run.
        var stats = given().auth().oauth2(finance).get("/api/share/stats?year=2026").then().statusCode(200)
                .body("months", hasSize(12)).body("months[0].month", equalTo(1)).body("months[1].fieldsRequested",
                        equalTo(0))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(stats.getLong("fieldsRequested"),
                stats.getLong("months[2].fieldsRequested"));
        org.junit.jupiter.api.Assertions.assertEquals(stats.getLong("requests"), stats.getLong("months[2].requests"));
        org.junit.jupiter.api.Assertions.assertEquals(stats.getDouble("shareAnswered"),
                stats.getDouble("months[2].shareAnswered"), 1e-9);
    }

    @Test
    void aRegionWithoutDepartmentsListsAndCountsNothing() {
        file(finance, "广西的", "450102001", "2013");
        given().auth().oauth2(TestTokens.coordinator("45")).get("/api/data-requests?period=2013").then()
                .statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.coordinator("45")).get("/api/share/stats?year=2026").then()
                .statusCode(200).body("requests", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        // Hainan (46) has no department in the directory copy: nothing of Guangxi's shows there.
        given().auth().oauth2(TestTokens.coordinator("46")).get("/api/data-requests?period=2013").then()
                .statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.auditor("46")).get("/api/share/stats?year=2026").then().statusCode(200)
                .body("scope", equalTo("46")).body("requests", equalTo(0)).body("fieldsRequested", equalTo(0))
                .body("tasksIssued", equalTo(0)).body("forms.filed", equalTo(0));
    }
}
