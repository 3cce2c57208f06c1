package io.grassroots.share.data;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.Db;
import io.grassroots.share.support.Directory;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk imports of statistics and audit results: validated row by row, with a report of rejected rows. */
@QuarkusTest
class ImportTest {
    private static final String CSV = """
            unit,indicator,period,value
            450102001,GRAIN_AREA,2025,1520.5
            450102002,GRAIN_AREA,2025,abc
            450103001,GRAIN_AREA,2025,800
            450102003,GRAIN_AREA,2025-Q5,10
            450102003,GRAIN_AREA,2025,990
            """;

    @Inject
    Db db;

    @BeforeEach
    void directory() {
        Directory.ensure(db);
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

        given().auth().oauth2(statistics).contentType("text/csv").body(CSV).post("/api/imports?source=GOSSIP")
                .then().statusCode(400).body("violations[0].field", equalTo("source"));
        given().auth().oauth2(TestTokens.unit("450102001")).contentType("text/csv").body(CSV)
                .post("/api/imports?source=STATISTICS").then().statusCode(403);
    }
}
