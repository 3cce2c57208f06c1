package io.grassroots.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.gateway.support.Db;
import io.grassroots.gateway.support.GatewayKeys;
import io.grassroots.gateway.support.GatewayTestResources;
import io.grassroots.gateway.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;

    @Inject
    Db db;

    private static Map<String, Object> account(String username, String role, String dept, String unit, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", "a-strong-password-" + username.length());
        body.put("role", role);
        body.put("dept", dept);
        body.put("unit", unit);
        body.put("region", region);
        return body;
    }

    @Test
    void aCoordinatorCreatesAnAccountThatSignsInWithItsDepartmentAndOnlyItsHashIsStored() {
        String admin = SignIn.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(account("fire-xingning", "DEPARTMENT", "450102-fire", null, "450102"))
                .post("/api/admin/accounts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/admin/accounts/fire-xingning"))
                .body("dept", equalTo("450102-fire")).body("createdBy", equalTo("admin"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("password")));
        String token = SignIn.as("fire-xingning", "a-strong-password-13");
        JsonNode claims = SignIn.claims(token);
        assertEquals("DEPARTMENT", claims.path("groups").get(0).asText());
        assertEquals("450102-fire", claims.path("dept").asText());
        assertEquals("450102", claims.path("region").asText());
        String stored = db.text("select password_hash from account where username = 'fire-xingning'");
        assertTrue(stored.startsWith("pbkdf2-sha256$"), stored);
        assertFalse(stored.contains("a-strong-password"));
        given().auth().oauth2(admin).get("/api/admin/accounts").then().statusCode(200)
                .body("items.username", hasItems("admin", "fire-xingning"));
    }

    @Test
    void badInputNamesEachFieldAndRuleAndCreatesNothing() {
        long before = db.count("select count(*) from account");
        // The shape of each field first (a user name and a region that are none), then what the account says.
        Map<String, Object> body = account("X", "MAYOR", null, null, "4x");
        body.put("password", "short");
        given().auth().oauth2(SignIn.admin()).contentType(ContentType.JSON).body(body).post("/api/admin/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("region", "username"))
                .body("violations.rule", contains("FORMAT", "FORMAT"))
                .body("violations[0].message", equalTo("region must be a code of 2, 4, 6, 9 or 12 digits, was 4x"));
        body = account("bad-input", "MAYOR", null, null, "450102");
        body.put("password", "short");
        given().auth().oauth2(SignIn.admin()).contentType(ContentType.JSON).body(body).post("/api/admin/accounts")
                .then().statusCode(400).body("violations.field", contains("password", "role"))
                .body("violations.rule", contains("MIN_LENGTH", "ENUM"));
        given().auth().oauth2(SignIn.admin()).contentType(ContentType.JSON)
                .body(account("team-no-dept", "TEAM", null, null, "450102")).post("/api/admin/accounts").then()
                .statusCode(400).body("violations[0].field", equalTo("dept"))
                .body("violations[0].rule", equalTo("REQUIRED"));
        given().auth().oauth2(SignIn.admin()).contentType(ContentType.JSON)
                .body(account("unit-elsewhere", "UNIT", null, "450103001", "450102")).post("/api/admin/accounts")
                .then().statusCode(400).body("violations[0].field", equalTo("unit"))
                .body("violations[0].rule", equalTo("IN_REGION"));
        assertEquals(before, db.count("select count(*) from account"));
    }

    @Test
    void aCoordinatorActsInItsOwnRegionOnly() {
        String admin = SignIn.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(account("unit-450102001", "UNIT", null, "450102001", "450102001")).post("/api/admin/accounts")
                .then().statusCode(201);
        String nanning = GatewayKeys.token("coordinator-4501", "COORDINATOR", null, null, "4501");
        String guilin = GatewayKeys.token("coordinator-4503", "COORDINATOR", null, null, "4503");
        given().auth().oauth2(nanning).get("/api/admin/accounts/unit-450102001").then().statusCode(200);
        given().auth().oauth2(guilin).get("/api/admin/accounts/unit-450102001").then().statusCode(404);
        given().auth().oauth2(guilin).get("/api/admin/accounts").then().statusCode(200)
                .body("items.username", org.hamcrest.Matchers.not(hasItem("unit-450102001")));
        long before = db.count("select count(*) from account");
        given().auth().oauth2(guilin).contentType(ContentType.JSON)
                .body(account("fire-nanning", "DEPARTMENT", "4501-fire", null, "4501")).post("/api/admin/accounts")
                .then().statusCode(400).body("violations.rule", hasItems("IN_REGION"));
        assertEquals(before, db.count("select count(*) from account"));
    }

    @Test
    void aUsernameIsTakenOnceAndOnlyCoordinatorsManageAccounts() {
        String admin = SignIn.admin();
        Map<String, Object> auditor = account("auditor-twice", "AUDITOR", null, null, "45");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(auditor).post("/api/admin/accounts").then()
                .statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(auditor).post("/api/admin/accounts").then()
                .statusCode(409).body("violations[0].rule", equalTo("EXISTS"));
        // A user name is taken as stored: trimmed and in lower case.
        auditor.put("username", " Auditor-Twice ");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(auditor).post("/api/admin/accounts").then()
                .statusCode(409).body("violations[0].rule", equalTo("EXISTS"));
        String department = GatewayKeys.token("fire", "DEPARTMENT", "450102-fire", null, "450102");
        given().auth().oauth2(department).contentType(ContentType.JSON)
                .body(account("sneaky-admin", "COORDINATOR", null, null, "45")).post("/api/admin/accounts").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(account("anonymous-admin", "COORDINATOR", null, null, "45"))
                .post("/api/admin/accounts").then().statusCode(401);
        assertEquals(0, db.count("select count(*) from account where username in ('sneaky-admin', "
                + "'anonymous-admin')"));
    }
}
