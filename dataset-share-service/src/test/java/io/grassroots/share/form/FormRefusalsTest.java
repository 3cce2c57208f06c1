package io.grassroots.share.form;

import static io.restassured.RestAssured.given;

import static io.grassroots.share.form.FormApi.DUE;
import static io.grassroots.share.form.FormApi.EMERGENCY;
import static io.grassroots.share.form.FormApi.FIRE;
import static io.grassroots.share.form.FormApi.STATISTICS;
import static io.grassroots.share.form.FormApi.confirm;
import static io.grassroots.share.form.FormApi.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a form's confirmation refuses, naming the form's cells, and whom a form refuses: all but its department. */
@QuarkusTest
class FormRefusalsTest extends ShareTest {
    @Test
    void confirmingNamesTheCellsOfTheForm() {
        String id = upload(FIRE, Forms.quarterly(), Forms.XLSX, "q.xlsx").then().statusCode(201).extract().path("id");
        // Another quarter than the other tests': fields asked then would be shared with theirs.
        Map<String, Object> base = Map.of("title", "二季度", "period", "2026-Q2", "dueDate", DUE);
        confirm(FIRE, id, with(base, "columns", List.of(Map.of("column", "D", "indicator", "RESIDENT_POPULATION"))))
                .then().statusCode(400).body("violations[0].field", equalTo("columns[D].indicator"))
                .body("violations[0].rule", equalTo("UNIQUE"));
        confirm(FIRE, id, with(base, "columns", List.of(Map.of("column", "Z", "indicator", "POPULATION"))))
                .then().statusCode(400).body("violations[0].field", equalTo("columns[0].column"));
        confirm(FIRE, id, with(base, "rows", List.of(Map.of("row", 6, "unit", "450102001"))))
                .then().statusCode(400).body("violations[0].field", equalTo("rows[6].unit"))
                .body("violations[0].rule", equalTo("TARGET_IN_REGION"));
        confirm(FIRE, id, Map.of("title", "二季度", "period", "2026-Q2", "dueDate", "2026-03-05"))
                .then().statusCode(400).body("violations[0].field", equalTo("dueDate"))
                .body("violations[0].rule", equalTo("NOTICE"));
        // The request's title, period and due date have a data request's shape, checked before the form's cells.
        confirm(FIRE, id, with(with(base, "period", "2026-Q5"), "columns", List.of(Map.of("column", "Z"))))
                .then().statusCode(400).body("violations.field", contains("period"))
                .body("violations[0].rule", equalTo("FORMAT"));
        String statistics = upload(STATISTICS, Forms.quarterly(), Forms.XLSX, "q.xlsx").then().statusCode(201)
                .extract().path("id");
        confirm(STATISTICS, statistics, base).then().statusCode(400).body("violations[0].field", equalTo("columns"))
                .body("violations[0].rule", equalTo("GRANT"));
        given().auth().oauth2(FIRE).get("/api/forms/" + id + "/workbook").then().statusCode(409);
        assertEquals("DRAFT", given().auth().oauth2(FIRE).get("/api/forms/" + id).path("status"),
                "a refused confirmation changes nothing");
        confirm(FIRE, id, base).then().statusCode(200);
        confirm(FIRE, id, base).then().statusCode(409).body("violations[0].rule", equalTo("STATUS"));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> map = new java.util.HashMap<>(base);
        map.put(key, value);
        return map;
    }

    @Test
    void aFormIsItsDepartmentsAlone() {
        String id = upload(EMERGENCY, Forms.quarterly(), Forms.XLSX, "q.xlsx").then().statusCode(201).extract()
                .path("id");
        given().auth().oauth2(STATISTICS).get("/api/forms/" + id).then().statusCode(404);
        given().auth().oauth2(STATISTICS).get("/api/forms/" + id + "/rows").then().statusCode(404);
        given().auth().oauth2(TestTokens.unit("450105001002")).get("/api/forms/" + id).then().statusCode(403);
        given().auth().oauth2(EMERGENCY).get("/api/forms?status=DRAFT&size=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.rowsTotal", equalTo(4))
                .body("items.find { it.id == '" + id + "' }.columnsMapped", equalTo(3));
        given().auth().oauth2(EMERGENCY).get("/api/forms/" + id + "/rows?match=AMBIGUOUS").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].row", equalTo(6));
        given().auth().oauth2(EMERGENCY).get("/api/forms/" + id + "/rows?match=NAME").then()
                .body("items[0].unitName", equalTo("和平村"));
        given().auth().oauth2(EMERGENCY).get("/api/forms?status=LOST").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(EMERGENCY).get("/api/forms/not-an-id").then().statusCode(404);
    }

    @Test
    void aListOfFormsHasOnlyTheDepartmentsOwn() {
        upload(STATISTICS, Forms.quarterly(), Forms.XLSX, "mine.xlsx").then().statusCode(201);
        given().auth().oauth2(EMERGENCY).get("/api/forms?size=500").then().statusCode(200)
                .body("items.fileName", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("mine.xlsx")));
        given().auth().oauth2(STATISTICS).get("/api/forms?size=1").then().body("items", hasSize(1));
    }
}
