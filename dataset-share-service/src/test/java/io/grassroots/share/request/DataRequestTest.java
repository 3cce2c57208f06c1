package io.grassroots.share.request;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data requests answered from shared data; only what nobody had becomes a task, and tasks are shared. */
@QuarkusTest
class DataRequestTest extends ShareTest {
    private static final String DUE = "2026-04-30";
    private final String statistics = TestTokens.department("450102-statistics", "450102");
    private final String civil = TestTokens.department("450102-civil-affairs", "450102");

    private String request(String token, List<String> indicators, List<String> units, String period) {
        return as(token).body(Map.of("title", "年度基本情况", "indicators", indicators, "units", units, "period", period,
                "dueDate", DUE)).post("/api/data-requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void aRequestFullyCoveredBySharedDataAsksNobody() {
        report("450102001", "POPULATION", "2023", 12_345);
        report("450102001", "HOUSEHOLDS", "2023", 4_100);
        long tasksBefore = db.count("select count(*) from task where unit_code = '450102001'");
        String id = request(statistics, List.of("POPULATION", "HOUSEHOLDS"), List.of("450102001"), "2023");
        as(statistics).get("/api/data-requests/" + id).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("answeredFromShared", equalTo(2))
                .body("askedOfUnits", equalTo(0))
                .body("minutesSaved", equalTo(20))
                .body("fields.find { it.indicator == 'POPULATION' }.value", equalTo(12345))
                .body("fields.answeredFrom", everyIs("SHARED"));
        assertEquals(tasksBefore, db.count("select count(*) from task where unit_code = '450102001'"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void onlyTheMissingFieldsBecomeATaskAndNothingFoundAsksForAll() {
        report("450102002", "POPULATION", "2024", 8_000);
        String partly = request(statistics, List.of("POPULATION", "SCHOOLS"), List.of("450102002"), "2024");
        as(statistics).get("/api/data-requests/" + partly).then()
                .body("status", equalTo("OPEN")).body("answeredFromShared", equalTo(1))
                .body("askedOfUnits", equalTo(1))
                .body("fields.find { it.indicator == 'SCHOOLS' }.status", equalTo("PENDING"));
        as(TestTokens.unit("450102002")).get("/api/tasks?status=OPEN").then().statusCode(200)
                .body("find { it.period == '2024' }.indicators", equalTo(List.of("SCHOOLS")));
        // An unknown status is refused, not read as "no filter" or "nothing".
        as(TestTokens.unit("450102002")).get("/api/tasks?status=DONE").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", equalTo(List.of("status")))
                .body("violations.rule", equalTo(List.of("ENUM")));
        as(TestTokens.unit("450102002")).get("/api/tasks?status=OPEN").then().statusCode(200)
                .body("find { it.period == '2024' }.indicators", equalTo(List.of("SCHOOLS")));

        String none = request(statistics, List.of("CLINICS", "MARKET_ENTITIES"), List.of("450102101"), "2024");
        as(statistics).get("/api/data-requests/" + none).then().body("answeredFromShared", equalTo(0))
                .body("askedOfUnits", equalTo(2));
    }

    @Test
    void staleValuesDoNotAnswer() {
        report("450102003", "STUDENTS", "2024", 930);
        // STUDENTS answers for 180 days; this value was reported a year ago.
        db.backdate("unit_code = '450102003' and indicator = 'STUDENTS' and period = '2024'", "365 days");
        String id = request(statistics, List.of("STUDENTS"), List.of("450102003"), "2024");
        as(statistics).get("/api/data-requests/" + id).then().body("answeredFromShared", equalTo(0))
                .body("askedOfUnits", equalTo(1));
    }

    @Test
    void twoRequestsForTheSameMissingFieldShareOneTaskAndOneSubmissionAnswersBoth() {
        String first = request(statistics, List.of("RESIDENT_POPULATION"), List.of("450102101"), "2025");
        String second = request(civil, List.of("RESIDENT_POPULATION", "ELDERLY_POPULATION"), List.of("450102101"),
                "2025");
        as(civil).get("/api/data-requests/" + second).then().body("coalesced", equalTo(1))
                .body("askedOfUnits", equalTo(1));
        List<Map<String, Object>> tasks = as(TestTokens.unit("450102101")).get("/api/tasks").then().statusCode(200)
                .extract().path("findAll { it.period == '2025' }");
        assertEquals(2, tasks.size(), "one task per request for new fields; the shared field is in the first");
        assertEquals(1, db.count("select count(*) from task_field where unit_code = '450102101' and period = '2025' "
                + "and indicator = 'RESIDENT_POPULATION'"), "the shared field is asked once");

        String shared = (String) tasks.stream().filter(t -> ((List<?>) t.get("indicators"))
                .contains("RESIDENT_POPULATION")).findFirst().orElseThrow().get("id");
        // A submission's shape first (each value names its indicator and gives a number), then the task's rules.
        String before = db.state();
        as(TestTokens.unit("450102101")).post("/api/tasks/" + shared + "/submit").then().statusCode(400)
                .body("violations.field", contains("body")).body("violations[0].rule", equalTo("REQUIRED"));
        as(TestTokens.unit("450102101")).body(Map.of("values", List.of(Map.of("indicator", " "))))
                .post("/api/tasks/" + shared + "/submit").then().statusCode(400)
                .body("violations.field", contains("values[0].indicator", "values[0].value"))
                .body("violations.rule", contains("REQUIRED", "REQUIRED"));
        as(TestTokens.unit("450102101")).body(Map.of("values", List.of(Map.of("indicator", "POPULATION", "value", 1))))
                .post("/api/tasks/" + shared + "/submit").then().statusCode(400)
                .body("violations.field", contains("values[0].indicator", "values"))
                .body("violations.rule", contains("IN_TASK", "REQUIRED"));
        assertEquals(before, db.state());
        as(TestTokens.unit("450102101")).body(Map.of("values", List.of(Map.of("indicator", "RESIDENT_POPULATION",
                "value", 21_000)))).post("/api/tasks/" + shared + "/submit").then().statusCode(200)
                .body("status", equalTo("FULFILLED"));
        as(statistics).get("/api/data-requests/" + first).then().body("status", equalTo("ANSWERED"))
                .body("fields[0].value", equalTo(21000)).body("fields[0].answeredFrom", equalTo("TASK"));
        as(civil).get("/api/data-requests/" + second).then().body("status", equalTo("OPEN"))
                .body("fields.find { it.indicator == 'RESIDENT_POPULATION' }.status", equalTo("ANSWERED"));
        given().auth().oauth2(TestTokens.coordinator("4501")).get("/api/share/stats?year=2026").then().statusCode(200)
                .body("scope", equalTo("4501"))
                .body("coalesced", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("minutesSaved", org.hamcrest.Matchers.greaterThan(0));
        given().auth().oauth2(civil).get("/api/share/stats?year=2026").then()
                .body("scope", equalTo("450102-civil-affairs")).body("coalesced", equalTo(1));
    }

    @Test
    void shortNoticeAndUngrantedIndicatorsAreRefusedAndChangeNothing() {
        String before = db.state();
        as(statistics).body(Map.of("title", "明天要", "indicators", List.of("POPULATION"), "units",
                List.of("450102001"), "period", "2025", "dueDate", "2026-03-03")).post("/api/data-requests").then()
                .statusCode(400).body("violations[0].rule", equalTo("NOTICE"))
                .body("violations[0].message", containsString("earliest due 2026-03-16"));
        long deniedBefore = db.count("select count(*) from access_log where outcome = 'DENIED'");
        as(statistics).body(Map.of("title", "信访", "indicators", List.of("PETITIONS"), "units",
                List.of("450102001", "450102002"), "period", "2025", "dueDate", DUE)).post("/api/data-requests").then()
                .statusCode(400).body("violations[0].rule", equalTo("GRANT"))
                .body("violations[0].message", containsString("PETITIONS"));
        // The shape of each field first (a period that is none), with the rule it breaks and the value it quotes.
        as(statistics).body(Map.of("title", "x", "indicators", List.of("NO_SUCH"), "units", List.of("450109100"),
                "period", "2025-13", "dueDate", DUE)).post("/api/data-requests").then().statusCode(400)
                .body("violations.field", contains("period")).body("violations[0].rule", equalTo("FORMAT"))
                .body("violations[0].message",
                        equalTo("'2025-13' is not a period: period must be YYYY, YYYY-MM or YYYY-Qn"));
        // Then what the catalog and the directory say of a well-formed request: no such indicator, no such unit.
        as(statistics).body(Map.of("title", "x", "indicators", List.of("NO_SUCH"), "units", List.of("450109100"),
                "period", "2025-12", "dueDate", DUE)).post("/api/data-requests").then().statusCode(400)
                .body("violations.field", contains("indicators[0]", "units[0]"))
                .body("violations.rule", contains("EXISTS", "EXISTS"));
        as(statistics).body(Map.of("title", "x", "indicators", List.of("POPULATION"), "units", List.of("450103001"),
                "period", "2025", "dueDate", DUE)).post("/api/data-requests").then().statusCode(400)
                .body("violations[0].rule", equalTo("TARGET_IN_REGION"));
        assertEquals(before, db.state());
        assertEquals(deniedBefore + 2, db.count("select count(*) from access_log where outcome = 'DENIED'"),
                "each denied field is logged although the request is refused");
    }

    @Test
    void aRequestOfTheWrongShapeIsRefusedFieldByFieldAndChangesNothing() {
        String before = db.state();
        as(statistics).post("/api/data-requests").then().statusCode(400)
                .body("type", equalTo("urn:grassroots:problem:invalid-request"))
                .body("violations.field", contains("body")).body("violations[0].rule", equalTo("REQUIRED"))
                .body("violations[0].message", equalTo("a data request is required"));
        as(statistics).body(Map.of("title", "表".repeat(201), "indicators", List.of(), "units",
                List.of("450102001", " "), "period", "2025")).post("/api/data-requests").then().statusCode(400)
                .body("type", equalTo("urn:grassroots:problem:invalid-request"))
                .body("violations.field", contains("dueDate", "indicators", "title", "units[1]"))
                .body("violations.rule", contains("REQUIRED", "REQUIRED", "MAX_LENGTH", "REQUIRED"))
                .body("violations[1].message", equalTo("indicators must name at least one"))
                .body("violations[2].message", equalTo("title must be at most 200 characters, was 201"));
        assertEquals(before, db.state());
    }

    @Test
    void everyReadIsLoggedForTheUnitAndOthersCannotSeeTheLog() {
        report("450102001", "MARKET_ENTITIES", "2025", 310);
        request(statistics, List.of("MARKET_ENTITIES"), List.of("450102001"), "2025");
        given().auth().oauth2(TestTokens.department("450102-finance", "450102"))
                .get("/api/data/450102001/TRANSFER_FUNDS?period=2025").then().statusCode(404);
        given().auth().oauth2(TestTokens.unit("450102001")).get("/api/units/450102001/access-log?size=100").then()
                .statusCode(200)
                .body("items.find { it.indicator == 'MARKET_ENTITIES' }.outcome", equalTo("READ"))
                .body("items.find { it.indicator == 'MARKET_ENTITIES' }.departmentId", equalTo("450102-statistics"))
                .body("items.find { it.indicator == 'TRANSFER_FUNDS' }.outcome", equalTo("DENIED"));
        given().auth().oauth2(TestTokens.auditor("45")).get("/api/units/450102001/access-log").then().statusCode(200);
        given().auth().oauth2(TestTokens.unit("450102002")).get("/api/units/450102001/access-log").then()
                .statusCode(404);
        given().auth().oauth2(statistics).get("/api/units/450102001/access-log").then().statusCode(404);
        given().auth().oauth2(TestTokens.unit("450102002")).get("/api/data/450102001/MARKET_ENTITIES?period=2025")
                .then().statusCode(404);
        // A request nobody has data for gives each of the two units a task of its own; each sees only its own.
        request(statistics, List.of("MARKET_ENTITIES"), List.of("450102001", "450102002"), "2021");
        given().auth().oauth2(TestTokens.unit("450102002")).get("/api/tasks").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("unit", everyIs("450102002"))
                .body("findAll { it.period == '2021' }.unit", contains("450102002"))
                .body("findAll { it.period == '2021' }[0].indicators", contains("MARKET_ENTITIES"));
        given().auth().oauth2(TestTokens.unit("450102001")).get("/api/tasks").then().statusCode(200)
                .body("unit", everyIs("450102001"))
                .body("findAll { it.period == '2021' }.unit", contains("450102001"));
    }
}
