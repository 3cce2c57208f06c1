package io.grassroots.share.data;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Units' reported figures: refused item by item, kept as versions a read may ask as of a time, never changed. */
@QuarkusTest
class ReportedDataTest extends ShareTest {
    @Test
    void badReportsAreRefusedItemByItemAndPartialAcceptanceKeepsTheGoodOnes() {
        String unit = TestTokens.unit("450102101");
        List<Map<String, Object>> batch = List.of(
                Map.of("unit", "450102101", "indicator", "SCHOOLS", "period", "2025", "value", 3),
                Map.of("unit", "450102101", "indicator", "NO_SUCH", "period", "2025", "value", 1),
                Map.of("unit", "450102101", "indicator", "SCHOOLS", "period", "2025/1", "value", 1),
                Map.of("unit", "450102101", "indicator", "STUDENTS", "period", "2025", "value", 1.5),
                Map.of("unit", "450102101", "indicator", "FOREST_COVERAGE", "period", "2025", "value", 120),
                Map.of("unit", "450102101", "indicator", "SCHOOLS", "period", "2025", "value", 4));
        String before = db.state();
        as(unit).body(batch).post("/api/reports").then().statusCode(400)
                .body("violations.field", hasItem("[1].indicator"))
                .body("violations.field", hasItem("[2].period"))
                .body("violations.field", hasItem("[3].value"))
                .body("violations.field", hasItem("[4].value"))
                .body("violations.rule", hasItem("DUPLICATE"));
        assertEquals(before, db.state(), "an all-or-nothing batch with a bad item stores nothing");

        as(unit).body(batch).post("/api/reports?partial=true").then().statusCode(200)
                .body("accepted", hasSize(1)).body("accepted[0].index", equalTo(0))
                .body("rejected.index", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("rejected[1].violations.field", contains("[2].period"))
                .body("rejected[1].violations[0].rule", equalTo("FORMAT"));

        as(unit).body(List.of(Map.of("unit", "450102001", "indicator", "SCHOOLS", "period", "2025", "value", 2)))
                .post("/api/reports").then().statusCode(404);
    }

    @Test
    void correctionsAreVersionsAndReadsCanAskAsOf() {
        report("450102003", "CLINICS", "2025", 6);
        db.backdate("unit_code = '450102003' and indicator = 'CLINICS' and period = '2025' and version = 1", "1 day");
        report("450102003", "CLINICS", "2025", 7);
        String auditor = TestTokens.auditor("45");
        given().auth().oauth2(auditor).get("/api/data/450102003/CLINICS?period=2025").then().statusCode(200)
                .body("value", equalTo(7)).body("version", equalTo(2)).body("history", hasSize(2));
        // The service's clock stands at 2026-03-02T01:00Z; version 1 was reported a day earlier.
        given().auth().oauth2(auditor).get("/api/data/450102003/CLINICS?period=2025&asOf=2026-03-01T12:00:00Z")
                .then().statusCode(200).body("value", equalTo(6)).body("version", equalTo(1));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAReportedValue() {
        report("450102003", "CLINICS", "2024", 5);
        String before = db.state();
        IllegalStateException changed = assertThrows(IllegalStateException.class, () -> db.update(
                "update data_value set value = 9 where unit_code = '450102003' and indicator = 'CLINICS'"));
        assertTrue(changed.getMessage().contains("append-only"), changed.getMessage());
        assertThrows(IllegalStateException.class, () -> db.update("delete from data_value where unit_code = "
                + "'450102003'"));
        assertEquals(before, db.state());
        assertEquals(1, db.count("select count(*) from data_value where unit_code = '450102003' and indicator = "
                + "'CLINICS' and period = '2024' and value = 5"));
    }
}
