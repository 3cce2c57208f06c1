package io.grassroots.share.data;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulk imports of statistics and audit results: validated row by row, with a report of rejected rows. */
@QuarkusTest
class ImportTest extends ShareTest {
    private static final String CSV = """
            unit,indicator,period,value
            450102001,GRAIN_AREA,2025,1520.5
            450102002,GRAIN_AREA,2025,abc
            450103001,GRAIN_AREA,2025,800
            450102003,GRAIN_AREA,2025-Q5,10
            450102003,GRAIN_AREA,2025,990
            """;

    /**
     * Numbers are stored as sent or refused (#13): 1e200000 was stored as 0, 1e-20000 answered 500,
     * 1e1000000 (20 bytes) answered with a 2 MB error. Each is now a small 400 naming the value.
     */
    @Test
    void numbersBeyondWhatAnIndicatorHoldsAreRefusedWithASmallProblem() {
        String unit = TestTokens.unit("450102001");
        long before = db.count("select count(*) from data_value");
        for (String value : List.of("1e200000", "1e-20000", "1e1000000", "123456789012345678901", "0.1234567")) {
            String body = given().auth().oauth2(unit).contentType("application/json").body("[{\"unit\": \"450102001\", "
                    + "\"indicator\": \"GRAIN_AREA\", \"period\": \"2025\", \"value\": " + value + "}]")
                    .post("/api/reports").then().statusCode(400).body("violations[0].field", equalTo("[0].value"))
                    .body("violations[0].rule", equalTo("VALUE")).extract().asString();
            org.junit.jupiter.api.Assertions.assertTrue(body.length() < 1000, value + " gave a " + body.length()
                    + "-byte problem");
        }
        String statistics = TestTokens.department("450102-statistics", "450102");
        given().auth().oauth2(statistics).contentType("text/csv").body("unit,indicator,period,value\n"
                + "450102001,GRAIN_AREA,2025,1e200000\n").post("/api/imports?source=STATISTICS").then().statusCode(400)
                .body("violations[0].field", equalTo("[0].value"));
        // What fits is stored exactly as sent.
        given().auth().oauth2(unit).contentType("application/json").body("[{\"unit\": \"450102001\", "
                + "\"indicator\": \"GRAIN_AREA\", \"period\": \"2024\", \"value\": 123456789012.123456}]")
                .post("/api/reports").then().statusCode(200);
        assertEquals("123456789012.123456", db.text("select value::text from data_value where unit_code = "
                + "'450102001' and indicator = 'GRAIN_AREA' and period = '2024' order by version desc limit 1"));
        assertEquals(before + 1, db.count("select count(*) from data_value"));
    }

    @Test
    void aCsvImportIsAllOrNothingUnlessPartialIsAsked() {
        String statistics = TestTokens.department("450102-statistics", "450102");
        long before = db.count("select count(*) from data_value where source = 'STATISTICS'");
        given().auth().oauth2(statistics).contentType("text/csv").body(CSV)
                .post("/api/imports?source=STATISTICS").then().statusCode(400)
                .body("violations.field", hasItem("[1].value"))
                .body("violations.field", hasItem("[2].unit"))
                .body("violations.field", hasItem("[3].period"));
        assertEquals(before, db.count("select count(*) from data_value where source = 'STATISTICS'"));

        given().auth().oauth2(statistics).contentType("text/csv").body(CSV)
                .post("/api/imports?source=STATISTICS&partial=true").then().statusCode(200)
                .body("accepted", hasSize(2))
                .body("accepted.index", equalTo(List.of(0, 4)))
                .body("rejected.index", equalTo(List.of(1, 2, 3)));
        assertEquals(before + 2, db.count("select count(*) from data_value where source = 'STATISTICS'"));

        // An indicator the department may not read it may not import either (#13).
        long monitored = db.count("select count(*) from data_value where indicator = 'MONITORED_HOUSEHOLDS'");
        given().auth().oauth2(statistics).contentType("text/csv").body("unit,indicator,period,value\n"
                + "450102001,MONITORED_HOUSEHOLDS,2025,3\n").post("/api/imports?source=STATISTICS").then()
                .statusCode(400).body("violations[0].field", equalTo("[0].indicator"))
                .body("violations[0].rule", equalTo("GRANT"));
        assertEquals(monitored, db.count("select count(*) from data_value where indicator = 'MONITORED_HOUSEHOLDS'"));

        given().auth().oauth2(statistics).contentType("text/csv").body(CSV).post("/api/imports?source=GOSSIP")
                .then().statusCode(400).body("violations[0].field", equalTo("source"));
        given().auth().oauth2(TestTokens.unit("450102001")).contentType("text/csv").body(CSV)
                .post("/api/imports?source=STATISTICS").then().statusCode(403);
    }
}
