package io.grassroots.inspection.directory;

import static io.grassroots.inspection.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.events.Topics;
import io.grassroots.inspection.support.Db;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventProbe.ReceivedEvent;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The directory: Guangxi's real registry, seeded departments and categories, and its compacted topic. */
@QuarkusTest
class DirectoryTest {
    private final String anyone = TestTokens.unit("450102001003");

    @Inject
    Db db;

    @Test
    void theWholeGuangxiRegistryIsSeeded() {
        assertEquals(14, db.count("select count(*) from region where level = 'CITY'"));
        assertEquals(111, db.count("select count(*) from region where level = 'COUNTY'"));
        assertEquals(1284, db.count("select count(*) from unit where level = 'TOWNSHIP'"));
        assertEquals(16681, db.count("select count(*) from unit where level = 'VILLAGE'"));
    }

    @Test
    void unitsAreSearchableAndPaged() {
        as(anyone).get("/api/units/450102001").then().statusCode(200)
                .body("name", equalTo("民生街道")).body("level", equalTo("TOWNSHIP"))
                .body("countyCode", equalTo("450102")).body("cityCode", equalTo("4501"));
        as(anyone).get("/api/units?parent=450102&level=TOWNSHIP").then().statusCode(200)
                .body("total", equalTo(6)).body("items.code", everyItem(startsWith("450102")));
        as(anyone).get("/api/units?under=450102001&size=5&page=1").then().statusCode(200)
                .body("items", hasSize(5)).body("page", equalTo(1)).body("total", equalTo(13));
        as(anyone).get("/api/units?q=民生").then().body("items.code", hasItem("450102001"));
        as(anyone).get("/api/units/450102999").then().statusCode(404).contentType("application/problem+json");
        as(anyone).get("/api/units?level=CASTLE").then().statusCode(400).body("violations[0].field",
                equalTo("level"));
        given().get("/api/units/450102001").then().statusCode(401);
    }

    @Test
    void regionsAndCategories() {
        as(anyone).get("/api/regions?parent=45").then().statusCode(200).body("$", hasSize(14))
                .body("name", hasItem("南宁市"));
        as(anyone).get("/api/regions/450102").then().body("name", equalTo("兴宁区"));
        as(anyone).get("/api/categories").then().statusCode(200).body("$", hasSize(16))
                .body("find { it.code == 'FIRE' }.group", equalTo("SAFETY"));
    }

    @Test
    void departmentsAtThreeLevels() {
        as(anyone).get("/api/departments/45-emergency").then().statusCode(200)
                .body("name", equalTo("广西壮族自治区应急管理厅")).body("level", equalTo("PROVINCE"));
        as(anyone).get("/api/departments/4501-emergency").then().body("name", equalTo("南宁市应急管理局"));
        as(anyone).get("/api/departments/450102-organization").then().body("name", equalTo("兴宁区委组织部"))
                .body("level", equalTo("COUNTY"));
        as(anyone).get("/api/departments?region=450102").then().body("total", equalTo(15));
    }

    @Test
    void coordinatorsAddDepartmentsInTheirRegionOnly() {
        String coordinator = TestTokens.coordinator("4501");
        as(coordinator).body(Map.of("id", "4501-tourism", "name", "南宁市文化广电和旅游局", "regionCode", "4501"))
                .post("/api/departments").then().statusCode(201).body("level", equalTo("CITY"));
        as(coordinator).body(Map.of("id", "4501-tourism", "name", "again", "regionCode", "4501"))
                .post("/api/departments").then().statusCode(409);
        as(coordinator).body(Map.of("id", "4502-tourism", "name", "柳州", "regionCode", "4502"))
                .post("/api/departments").then().statusCode(400)
                .body("violations[0].rule", equalTo("TARGET_IN_REGION"));
        as(coordinator).body(Map.of("id", "Bad Id", "regionCode", "4501")).post("/api/departments").then()
                .statusCode(400).body("violations.field", hasItem("id")).body("violations.field", hasItem("name"));
        as(TestTokens.department("4501-emergency", "4501")).body(Map.of("id", "4501-x", "name", "x",
                "regionCode", "4501")).post("/api/departments").then().statusCode(403);

        try (EventProbe probe = EventProbe.of(Topics.DIRECTORY)) {
            probe.await(e -> "department:4501-tourism".equals(e.key()), 1, Duration.ofSeconds(90));
        }
    }

    @Test
    void theDirectoryIsPublishedOnItsTopic() {
        try (EventProbe probe = EventProbe.of(Topics.DIRECTORY)) {
            ReceivedEvent unit = probe.await(e -> "unit:450102001003".equals(e.key()), 1, Duration.ofSeconds(120))
                    .get(0);
            assertEquals("unit.upserted.v1", unit.type());
            assertTrue(unit.data().contains("\"name\":\"兴宁社区居委会\""), unit.data());
            assertTrue(unit.data().contains("\"parentCode\":\"450102001\""), unit.data());
            probe.await(e -> "category:FIRE".equals(e.key()) && "category.upserted.v1".equals(e.type()), 1,
                    Duration.ofSeconds(30));
        }
    }
}
