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

    /**
     * Waits until an approved plan no longer waits for placement into its year's schedule (the
     * placement worker takes it after the decision commits).
     */
    public static void awaitPlaced(String token, String planId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> as(token).get("/api/plans/" + planId).then().statusCode(200).extract()
                        .path("placementPending") == null);
    }

    /** Creates and submits a plan, expecting both to pass, and returns its id. */
    public static String submitted(String token, PlanJson plan) {
        String id = draft(token, plan);
        submit(token, id).statusCode(200);
        return id;
    }
}
