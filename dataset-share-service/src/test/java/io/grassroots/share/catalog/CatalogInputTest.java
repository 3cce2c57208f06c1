package io.grassroots.share.catalog;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import java.util.Map;

/**
 * What is sent to the catalog: only a province's coordinator may change it (a county's gets 403 whatever
 * it sends); then each field's shape (a missing body, required fields, lengths, ranges, the code's format,
 * at most 50 aliases), then what the catalog says of well-formed input (its sensitivities and value types,
 * bounds in order, aliases it can tell apart). Every refusal changes nothing.
 */
@QuarkusTest
class CatalogInputTest extends ShareTest {
    private final String province = TestTokens.coordinator("45");

    /** The catalog's indicators and POPULATION's aliases. */
    private String catalog() {
        return db.count("select count(*) from indicator") + "/"
                + db.text("select string_agg(alias, ',' order by alias) "
                        + "from indicator_alias where indicator = 'POPULATION'");
    }

    private RequestSpecification asProvince() {
        return given().auth().oauth2(province).contentType(ContentType.JSON);
    }

    private RequestSpecification asCounty() {
        return given().auth().oauth2(TestTokens.coordinator("4501")).contentType(ContentType.JSON);
    }

    private static Map<String, Object> indicator() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "WELLS_DUG");
        body.put("name", "打井数");
        body.put("unitOfMeasure", "口");
        body.put("ownerDepartment", "45-water");
        body.put("freshnessDays", 365);
        body.put("sensitivity", "PUBLIC");
        body.put("valueType", "INTEGER");
        return body;
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> body = indicator();
        body.put(key, value);
        return body;
    }

    @Test
    void aNewIndicatorIsCheckedForShapeThenForWhatTheCatalogAllows() {
        String before = catalog();
        asProvince().post("/api/catalog/indicators").then().statusCode(400)
                .body("type", equalTo("urn:grassroots:problem:invalid-request"))
                .body("violations.field", contains("body")).body("violations[0].rule", equalTo("REQUIRED"))
                .body("violations[0].message", equalTo("an indicator is required"));

        Map<String, Object> misshapen = with("code", "wells dug");
        misshapen.put("name", "名".repeat(201));
        misshapen.remove("unitOfMeasure");
        misshapen.put("freshnessDays", 4000);
        misshapen.put("minutesPerField", -1);
        misshapen.put("sensitivity", "SECRET");
        asProvince().body(misshapen).post("/api/catalog/indicators").then().statusCode(400)
                .body("violations.field", contains("code", "freshnessDays", "minutesPerField", "name", "unitOfMeasure"))
                .body("violations.rule", contains("FORMAT", "RANGE", "RANGE", "MAX_LENGTH", "REQUIRED"))
                .body("violations[0].message", equalTo(
                        "'wells dug' is not a code of upper case letters, digits and _, e.g. SAFETY_INCIDENTS"))
                .body("violations[1].message", equalTo("freshnessDays must be from 0 to 3650, was 4000"));

        Map<String, Object> meaningless = with("sensitivity", "SECRET");
        meaningless.put("valueType", "TEXT");
        meaningless.put("minValue", 10);
        meaningless.put("maxValue", 1);
        asProvince().body(meaningless).post("/api/catalog/indicators").then().statusCode(400)
                .body("violations.field", contains("sensitivity", "valueType", "maxValue"))
                .body("violations.rule", contains("ENUM", "ENUM", "RANGE"));
        // A county's coordinator may not add to the catalog, whatever it sends: who asks is decided first.
        asCounty().body("{}").post("/api/catalog/indicators").then().statusCode(403)
                .body("violations[0].rule", equalTo("PROVINCE_WIDE"));
        assertEquals(before, catalog());
    }

    @Test
    void aliasesAreAListOfAtMostFiftyNamesEachOfThemDistinct() {
        String before = catalog();
        asProvince().put("/api/catalog/indicators/POPULATION/aliases").then().statusCode(400)
                .body("violations.field", contains("body")).body("violations[0].rule", equalTo("REQUIRED"))
                .body("violations[0].message",
                        equalTo("a list of aliases is required (an empty list removes them all)"));
        asProvince().body(IntStream.range(0, 51).mapToObj(i -> "别名" + i).toList())
                .put("/api/catalog/indicators/POPULATION/aliases").then().statusCode(400)
                .body("violations.field", contains("body")).body("violations[0].rule", equalTo("MAX_SIZE"))
                .body("violations[0].message", equalTo("at most 50 aliases per indicator"));
        asProvince().body(List.of("户籍人口数", "长".repeat(101), "户籍人口数", "安全生产事故起数"))
                .put("/api/catalog/indicators/POPULATION/aliases").then().statusCode(400)
                .body("violations.field", contains("[1]", "[2]", "[3]"))
                .body("violations.rule", contains("MAX_LENGTH", "UNIQUE", "ALIAS_TAKEN"));
        // A county's coordinator may not change the catalog, whatever it sends.
        asCounty().body(IntStream.range(0, 51).mapToObj(i -> "别名" + i).toList())
                .put("/api/catalog/indicators/POPULATION/aliases").then().statusCode(403)
                .body("violations[0].rule", equalTo("PROVINCE_WIDE"));
        assertEquals(before, catalog());
    }
}
