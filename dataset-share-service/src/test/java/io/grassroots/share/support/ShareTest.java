package io.grassroots.share.support;

import static io.restassured.RestAssured.given;

import io.grassroots.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** What the service's tests start from: the directory copy in place, and calls made as a signed-in caller. */
public abstract class ShareTest {
    @Inject
    protected Db db;

    @BeforeEach
    void directory() {
        Directory.ensure(db);
    }

    /** A JSON call with the caller's token. */
    protected static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A unit reports one of its own values, which is accepted. */
    protected static void report(String unit, String indicator, String period, Object value) {
        as(TestTokens.unit(unit)).body(List.of(Map.of("unit", unit, "indicator", indicator, "period", period,
                "value", value))).post("/api/reports").then().statusCode(200);
    }
}
