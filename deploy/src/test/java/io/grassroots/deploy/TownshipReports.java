package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** A township reporting its own figures with its token, as through its own client of the API. */
final class TownshipReports {
    private TownshipReports() {
    }

    /** Reports the values (by indicator) of one period for the unit and checks that each is accepted. */
    static void report(RunningStack stack, String token, String unit, String period, Map<String, Integer> values) {
        List<Map<String, Object>> items = values.entrySet().stream().map(e -> Map.<String, Object>of("unit", unit,
                "indicator", e.getKey(), "period", period, "value", e.getValue())).toList();
        given().baseUri(stack.gateway()).auth().oauth2(token).contentType(ContentType.JSON).body(items)
                .post("/api/reports").then().statusCode(200).body("accepted", hasSize(values.size()));
    }
}
