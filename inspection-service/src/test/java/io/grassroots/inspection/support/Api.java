package io.grassroots.inspection.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Short forms for calling the service as a given token holder. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Creates a draft plan as the department and returns its id. */
    public static String draft(String token, PlanJson plan) {
        return as(token).body(plan.body()).post("/api/plans").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse submit(String token, String planId) {
        return as(token).post("/api/plans/" + planId + "/submit").then();
    }

    /** Creates and submits a plan, expecting both to pass, and returns its id. */
    public static String submitted(String token, PlanJson plan) {
        String id = draft(token, plan);
        submit(token, id).statusCode(200);
        return id;
    }
}
