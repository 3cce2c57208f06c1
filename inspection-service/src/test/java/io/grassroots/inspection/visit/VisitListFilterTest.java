package io.grassroots.inspection.visit;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.awaitPlaced;
import static io.grassroots.inspection.support.Api.submitted;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The visit list's status and region filters (the console's "visits to confirm" by county and
 * township), and a visit read alone carrying the results recorded so far.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisitListFilterTest {
    private static final String COUNTY = "450205";
    private static final String EMERGENCY = "450205-emergency";
    private final String coordinator = TestTokens.coordinator(COUNTY);
    private static String plan;
    private static String confirmed;

    @Test
    @Order(1)
    void statusAndRegionNarrowTheList() {
        String dept = TestTokens.department(EMERGENCY, COUNTY);
        plan = submitted(dept, PlanJson.valid().with("targets", List.of("450205001", "450205002", "450205003"))
                .with("windowStart", "2026-05-04").with("windowEnd", "2026-05-29"));
        as(coordinator).body(Map.of("decision", "APPROVE")).post("/api/plans/" + plan + "/decision").then()
                .statusCode(200);
        awaitPlaced(coordinator, plan);
        as(coordinator).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(200);
        as(coordinator).get("/api/visits?region=" + COUNTY).then().statusCode(200).body("total", equalTo(3))
                .body("items.results", everyItem(nullValue()));

        confirmed = as(coordinator).get("/api/visits?region=450205002").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].unitCode", equalTo("450205002")).extract()
                .path("items[0].id");
        as(coordinator).post("/api/visits/" + confirmed + "/confirm").then().statusCode(200)
                .body("results", hasSize(0));

        as(coordinator).get("/api/visits?region=" + COUNTY + "&status=PLANNED").then().statusCode(200)
                .body("total", equalTo(2)).body("items.status", everyItem(equalTo("PLANNED")))
                .body("items.unitCode", everyItem(startsWith(COUNTY)));
        as(coordinator).get("/api/visits?region=" + COUNTY + "&status=CONFIRMED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(confirmed));
        // The region narrows what the caller may see; it never widens it.
        as(TestTokens.coordinator("450205001")).get("/api/visits?region=" + COUNTY).then().statusCode(200)
                .body("total", equalTo(1));
        as(TestTokens.team(EMERGENCY, COUNTY)).get("/api/visits?status=CONFIRMED").then().statusCode(200)
                .body("total", equalTo(1));
        as(TestTokens.department("450205-fire", COUNTY)).get("/api/visits?region=" + COUNTY).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    @Order(2)
    void badFiltersAreNamedInOneProblem() {
        as(coordinator).get("/api/visits?status=DONE&region=45x&from=2026-13-01").then().statusCode(400)
                .body("violations.field", hasItem("status")).body("violations.field", hasItem("region"))
                .body("violations.field", hasItem("from"))
                .body("violations.find { it.field == 'status' }.rule", equalTo("ENUM"))
                .body("violations.find { it.field == 'region' }.rule", equalTo("FORMAT"));
    }

    @Test
    @Order(3)
    void aVisitReadAloneShowsItsRecordedResults() {
        as(TestTokens.team(EMERGENCY, COUNTY)).body(Map.of("results", List.of(Map.of("planId", plan,
                "findings", "台账齐全", "rating", 5,
                "rectifications", List.of(Map.of("item", "补充应急预案", "dueDate", "2026-06-30")),
                "indicatorValues", List.of(Map.of("indicator", "SAFETY_INCIDENTS", "period", "2026", "value", 0))))))
                .post("/api/visits/" + confirmed + "/results").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("results", hasSize(1))
                .body("results[0].findings", equalTo("台账齐全"));
        as(TestTokens.department(EMERGENCY, COUNTY)).get("/api/visits/" + confirmed).then().statusCode(200)
                .body("results[0].planId", equalTo(plan))
                .body("results[0].rating", equalTo(5))
                .body("results[0].rectifications[0].item", equalTo("补充应急预案"))
                .body("results[0].rectifications[0].dueDate", equalTo("2026-06-30"))
                .body("results[0].indicatorValues[0].indicator", equalTo("SAFETY_INCIDENTS"))
                .body("results[0].recordedBy", notNullValue())
                .body("results[0].recordedAt", notNullValue());
        as(TestTokens.auditor("45")).get("/api/visits?region=" + COUNTY + "&status=COMPLETED").then().statusCode(200)
                .body("total", equalTo(1));
    }
}
