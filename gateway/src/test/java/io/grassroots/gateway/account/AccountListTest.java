package io.grassroots.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.grassroots.gateway.support.GatewayKeys;
import io.grassroots.gateway.support.GatewayTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A coordinator's account list: paged, filtered by role, status and text, and scoped to the region
 * tree, so that a county's coordinator neither sees nor changes the accounts of the city above it.
 */
@QuarkusTest
class AccountListTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;
    /** A county of its own, so that accounts other tests create do not show up here. */
    private static final String COUNTY = "450107";

    /** The province's coordinator, named for one test: the test profile allows each user 40 calls a minute. */
    private static String province(String who) {
        return GatewayKeys.token("lst-province-" + who, "COORDINATOR", null, null, "45");
    }

    private static void create(String username, String role, String dept, String unit, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", "list-test-password");
        body.put("role", role);
        body.put("dept", dept);
        body.put("unit", unit);
        body.put("region", region);
        int status = given().auth().oauth2(province("setup")).contentType(ContentType.JSON).body(body)
                .post("/api/admin/accounts").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("creating " + username + " answered " + status);
        }
    }

    private static boolean created;

    @BeforeEach
    void accounts() {
        if (created) {
            return;
        }
        created = true;
        create("lst-aud", "AUDITOR", null, null, COUNTY);
        create("lst-coord", "COORDINATOR", null, null, COUNTY);
        create("lst-dept-a", "DEPARTMENT", COUNTY + "-lstfire", null, COUNTY);
        create("lst-dept-b", "DEPARTMENT", COUNTY + "-lstwater", null, COUNTY);
        create("lst-unit", "UNIT", null, COUNTY + "001", COUNTY + "001");
        // The city's: above the county, so its coordinator must not reach it.
        create("lst-wide", "AUDITOR", null, null, "4501");
    }

    private static ValidatableResponse list(String token, String query) {
        return given().auth().oauth2(token).get("/api/admin/accounts?" + query).then();
    }

    @Test
    void theListPagesByUserNameWithTheTotal() {
        String admin = province("paging");
        list(admin, "q=lst-&size=2").statusCode(200).body("total", equalTo(6)).body("page", equalTo(0))
                .body("size", equalTo(2)).body("items.username", contains("lst-aud", "lst-coord"));
        list(admin, "q=lst-&size=2&page=2").statusCode(200)
                .body("items.username", contains("lst-unit", "lst-wide"));
        list(admin, "q=lst-&size=2&page=3").statusCode(200).body("items", empty()).body("total", equalTo(6));
        // No password hash ever leaves the gateway, in a list either.
        list(admin, "q=lst-aud").body("items[0]", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .body("items[0].role", equalTo("AUDITOR")).body("items[0].region", equalTo(COUNTY));
    }

    @Test
    void theListFiltersByRoleStatusAndTextInTheNameOrCodes() {
        String admin = province("filter");
        list(admin, "q=lst-&role=DEPARTMENT").body("items.username", contains("lst-dept-a", "lst-dept-b"))
                .body("total", equalTo(2));
        list(admin, "q=LST-UNIT").body("items.username", contains("lst-unit"));
        list(admin, "q=" + COUNTY + "001").body("items.username", contains("lst-unit"));
        list(admin, "q=lstwater").body("items.username", contains("lst-dept-b"));
        // '_' is a character like any other, not a wildcard.
        list(admin, "q=lst_").body("total", equalTo(0));

        given().auth().oauth2(admin).post("/api/admin/accounts/lst-dept-a/disable").then().statusCode(200);
        list(admin, "q=lst-&status=DISABLED").body("items.username", contains("lst-dept-a"));
        list(admin, "q=lst-&status=ACTIVE").body("total", equalTo(5))
                .body("items.username", not(hasItem("lst-dept-a")));
        given().auth().oauth2(admin).post("/api/admin/accounts/lst-dept-a/enable").then().statusCode(200);
    }

    @Test
    void aCountysCoordinatorSeesAndChangesItsCountyOnlyNeverTheCityAbove() {
        String county = GatewayKeys.token("lst-coord", "COORDINATOR", null, null, COUNTY);
        list(county, "q=lst-").statusCode(200).body("total", equalTo(5))
                .body("items.username", hasItems("lst-aud", "lst-coord", "lst-unit"))
                .body("items.username", not(hasItem("lst-wide")));
        given().auth().oauth2(county).get("/api/admin/accounts/lst-wide").then().statusCode(404);
        given().auth().oauth2(county).post("/api/admin/accounts/lst-wide/disable").then().statusCode(404);
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of("password", "taken-over-password"))
                .put("/api/admin/accounts/lst-wide/password").then().statusCode(404);
        given().auth().oauth2(province("tree")).get("/api/admin/accounts/lst-wide").then().statusCode(200)
                .body("disabled", equalTo(false));
        // Below it, the county's coordinator acts: the unit's account is at 450107001.
        given().auth().oauth2(county).get("/api/admin/accounts/lst-unit").then().statusCode(200);
        String city = GatewayKeys.token("coordinator-4501", "COORDINATOR", null, null, "4501");
        list(city, "q=lst-").body("total", equalTo(6));
    }

    @Test
    void aBadFilterOrPageIsA400NamingItsParameterAndOnlyCoordinatorsList() {
        String admin = province("bad");
        list(admin, "role=MAYOR&status=GONE").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("role", "status"))
                .body("violations.rule", everyItem(equalTo("ENUM")));
        list(admin, "size=0").statusCode(400).body("violations[0].field", equalTo("size"));
        list(admin, "q=" + "x".repeat(65)).statusCode(400).body("violations[0].field", equalTo("q"));
        String department = GatewayKeys.token("fire", "DEPARTMENT", COUNTY + "-lstfire", null, COUNTY);
        list(department, "q=lst-").statusCode(403);
    }
}
