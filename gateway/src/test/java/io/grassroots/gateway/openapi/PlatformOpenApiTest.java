package io.grassroots.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.grassroots.gateway.support.GatewayTestResources;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformOpenApiTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;

    @Test
    void theDocumentHasTheGatewaysOwnPathsAndNamesTheServicesItCouldNotReach() {
        given().get("/openapi").then().statusCode(200)
                .body("paths.'/api/auth/token'.post", notNullValue())
                .body("paths.'/api/admin/accounts'.post", notNullValue())
                .body("'x-unavailable'", hasItem("assessment"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
