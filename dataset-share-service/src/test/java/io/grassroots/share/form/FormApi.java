package io.grassroots.share.form;

import static io.restassured.RestAssured.given;

import io.grassroots.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** The forms API as 450105's departments call it in the tests: their tokens, an upload and a confirmation. */
final class FormApi {
    static final String EMERGENCY = TestTokens.department("450105-emergency", "450105");
    static final String FIRE = TestTokens.department("450105-fire", "450105");
    static final String STATISTICS = TestTokens.department("450105-statistics", "450105");
    static final String DUE = "2026-04-30";

    private FormApi() {
    }

    static Response upload(String token, byte[] file, String contentType, String name) {
        return given().auth().oauth2(token).contentType(contentType).body(file).queryParam("name", name)
                .post("/api/forms");
    }

    static Response confirm(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/forms/" + id + "/confirm");
    }
}
