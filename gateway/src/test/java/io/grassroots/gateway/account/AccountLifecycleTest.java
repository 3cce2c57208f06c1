package io.grassroots.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.grassroots.gateway.support.Db;
import io.grassroots.gateway.support.GatewayKeys;
import io.grassroots.gateway.support.GatewayTestResources;
import io.grassroots.gateway.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Disabling and enabling accounts, changing and resetting passwords, and the tokens each ends. */
@QuarkusTest
class AccountLifecycleTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;

    @Inject
    Db db;
    @Inject
    RevokedTokens revoked;

    private static void create(String username, String password) {
        given().auth().oauth2(SignIn.admin()).contentType(ContentType.JSON).body(Map.of("username", username,
                "password", password, "role", "DEPARTMENT", "dept", "450102-fire", "region", "450102"))
                .post("/api/admin/accounts").then().statusCode(201);
    }

    /** A request any signed-in account may make at the gateway itself: it fails only at the edge. */
    private static ValidatableResponse probe(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of()).put("/api/auth/password")
                .then();
    }

    private static ValidatableResponse signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/token").then();
    }

    /**
     * Waits until the clock has left the second the token was issued in (its iat): tokens count whole seconds,
     * so only a change made after that is later than the token.
     */
    private static void laterThanIssueOf(String token) {
        long issuedAt = JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8)).getLong("iat");
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> Instant.now().getEpochSecond() > issuedAt);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsTokensStopAtOnceUntilEnabled() throws Exception {
        create("fire-disabled", "fire-password-one");
        String token = SignIn.as("fire-disabled", "fire-password-one");
        probe(token).statusCode(400);
        String admin = SignIn.admin();

        given().auth().oauth2(admin).post("/api/admin/accounts/fire-disabled/disable").then().statusCode(200)
                .body("disabled", equalTo(true)).body("disabledBy", equalTo("admin"));
        probe(token).statusCode(401).body("detail", containsString("revoked"));
        signIn("fire-disabled", "fire-password-one").statusCode(403).body("detail", containsString("disabled"));
        signIn("fire-disabled", "not-the-password").statusCode(401);
        given().auth().oauth2(admin).get("/api/admin/accounts/fire-disabled").then().body("disabled", equalTo(true));

        laterThanIssueOf(token);
        given().auth().oauth2(admin).post("/api/admin/accounts/fire-disabled/enable").then().statusCode(200)
                .body("disabled", equalTo(false));
        probe(SignIn.as("fire-disabled", "fire-password-one")).statusCode(400);
        probe(token).statusCode(401);
    }

    @Test
    void aCoordinatorCannotDisableItselfNorAnAccountOutsideItsRegion() {
        create("fire-elsewhere", "fire-password-two");
        given().auth().oauth2(SignIn.admin()).post("/api/admin/accounts/admin/disable").then().statusCode(409)
                .body("violations[0].rule", equalTo("SELF"));
        String guilin = GatewayKeys.token("coordinator-4503", "COORDINATOR", null, null, "4503");
        given().auth().oauth2(guilin).post("/api/admin/accounts/fire-elsewhere/disable").then().statusCode(404);
        given().auth().oauth2(guilin).contentType(ContentType.JSON).body(Map.of("password", "taken-over-by-guilin"))
                .put("/api/admin/accounts/fire-elsewhere/password").then().statusCode(404);
        assertEquals(0, db.count("select count(*) from account where username in ('admin', 'fire-elsewhere') "
                + "and disabled_at is not null"));
        signIn("fire-elsewhere", "fire-password-two").statusCode(200);
    }

    @Test
    void aUserChangesTheirOwnPasswordProvingTheCurrentOneAndEarlierTokensEnd() throws Exception {
        create("fire-changer", "fire-password-three");
        String token = SignIn.as("fire-changer", "fire-password-three");
        String hash = db.text("select password_hash from account where username = 'fire-changer'");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("currentPassword", "a-wrong-guess-1",
                "newPassword", "fire-password-four")).put("/api/auth/password").then().statusCode(400)
                .body("violations[0].field", equalTo("currentPassword"))
                .body("violations[0].rule", equalTo("CORRECT"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("currentPassword",
                "fire-password-three", "newPassword", "short")).put("/api/auth/password").then().statusCode(400)
                .body("violations[0].field", equalTo("newPassword"))
                .body("violations[0].rule", equalTo("MIN_LENGTH"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("currentPassword", " ",
                "newPassword", "x".repeat(129))).put("/api/auth/password").then().statusCode(400)
                .body("violations.field", contains("currentPassword", "newPassword"))
                .body("violations.rule", contains("REQUIRED", "MAX_LENGTH"));
        assertEquals(hash, db.text("select password_hash from account where username = 'fire-changer'"));

        laterThanIssueOf(token);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("currentPassword",
                "fire-password-three", "newPassword", "fire-password-four")).put("/api/auth/password").then()
                .statusCode(204);
        assertNotEquals(hash, db.text("select password_hash from account where username = 'fire-changer'"));
        probe(token).statusCode(401);
        signIn("fire-changer", "fire-password-three").statusCode(401);
        probe(SignIn.as("fire-changer", "fire-password-four")).statusCode(400);
    }

    @Test
    void aCoordinatorResetsAForgottenPassword() throws Exception {
        create("fire-forgetful", "fire-password-five");
        String token = SignIn.as("fire-forgetful", "fire-password-five");
        String admin = SignIn.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("password", "tiny"))
                .put("/api/admin/accounts/fire-forgetful/password").then().statusCode(400)
                .body("violations[0].field", equalTo("password"));
        signIn("fire-forgetful", "fire-password-five").statusCode(200);

        laterThanIssueOf(token);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("password", "fire-password-six"))
                .put("/api/admin/accounts/fire-forgetful/password").then().statusCode(204);
        signIn("fire-forgetful", "fire-password-five").statusCode(401);
        signIn("fire-forgetful", "fire-password-six").statusCode(200);
        probe(token).statusCode(401);
    }

    @Test
    void anAccountDisabledThroughAnotherGatewayInstanceIsRefusedAfterTheRefresh() {
        create("fire-elsewhere-disabled", "fire-password-seven");
        String token = SignIn.as("fire-elsewhere-disabled", "fire-password-seven");
        // Another instance wrote this; this one has not heard of it until it reloads.
        db.update("update account set disabled_at = now(), disabled_by = 'admin' "
                + "where username = 'fire-elsewhere-disabled'");
        revoked.refresh();
        probe(token).statusCode(401);
    }
}
