package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every endpoint family, through the gateway to the real services, with tokens
 * from signing in: what a role may do works, what it may not is 403, and another party's object is
 * 404 and stays unchanged. All mismatches are reported together.
 */
@ExtendWith(StackExtension.class)
class SecurityMatrixIT {
    /** The roles, as demo accounts (null: no token at all). */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("DEPT", "emergency-qingxiu");
        ROLES.put("DEPT_OTHER", "fire-qingxiu");
        ROLES.put("COORD", "coordinator-qingxiu");
        ROLES.put("TEAM", "team-emergency-qingxiu");
        ROLES.put("UNIT", "xinzhu-street");
        ROLES.put("UNIT_OTHER", "zhongshan-street");
        ROLES.put("AUDITOR", "auditor-45");
        ROLES.put("ANON", null);
    }

    /** One probe: a request and the status each role must get, in the order of {@link #ROLES}. */
    private record Probe(String method, String path, String body, int... expected) {
    }

    private static RequestSpecification as(RunningStack stack, String role) {
        RequestSpecification spec = given().baseUri(stack.gateway()).contentType(ContentType.JSON);
        String username = ROLES.get(role);
        return username == null ? spec : spec.auth().oauth2(SignedIn.as(stack, username));
    }

    @Test
    void eachRoleGetsWhatItMayAndNothingElse(RunningStack stack) {
        int y = RunningStack.YEAR;
        String plan = stack.seeded.emergencyPlan();
        String visit = stack.seeded.visits().get(0);
        String request = stack.seeded.request();
        String unit = "450103001";
        //                                                  DEPT DEPT_O COORD TEAM UNIT UNIT_O AUDIT ANON
        List<Probe> probes = List.of(
                new Probe("GET", "/api/units?parent=450103", null, 200, 200, 200, 200, 200, 200, 200, 401),
                new Probe("GET", "/api/categories", null, 200, 200, 200, 200, 200, 200, 200, 401),
                new Probe("GET", "/api/policy/450103/" + y, null, 200, 200, 200, 403, 403, 403, 200, 401),
                // A county may tighten a boundary rule, never relax it: its coordinator's REVIEW is refused (#13).
                new Probe("PUT", "/api/policy/450103/" + y, "{\"rules\": {\"TARGET_IN_REGION\": {\"severity\": "
                        + "\"REVIEW\"}}}", 403, 403, 400, 403, 403, 403, 403, 401),
                new Probe("GET", "/api/plans/" + plan, null, 200, 404, 200, 403, 403, 403, 200, 401),
                new Probe("POST", "/api/plans/" + plan + "/decision", "{\"decision\": \"REJECT\", \"reason\": \"x\"}",
                        403, 403, 409, 403, 403, 403, 403, 401),
                new Probe("POST", "/api/schedule/450103/" + y + "?dryRun=true", null, 403, 403, -1, 403, 403, 403,
                        403, 401),
                new Probe("GET", "/api/visits/" + visit, null, 200, 200, 200, 200, 200, 404, 200, 401),
                new Probe("GET", "/api/units/" + unit + "/calendar?year=" + y, null, 403, 403, 200, 403, 200, 404,
                        200, 401),
                // The official calendar is read by every signed-in role and loaded by the province's coordinators
                // only: a county's coordinator does not own it (404). Bodies here are well formed, so that only
                // authority decides (a malformed one is a 400 before anything, whoever sends it).
                new Probe("GET", "/api/calendar/" + y, null, 200, 200, 200, 200, 200, 200, 200, 401),
                new Probe("PUT", "/api/calendar/" + y, "{\"holidays\": [{\"date\": \"" + y + "-10-01\", \"name\": "
                        + "\"国庆节\"}], \"workdays\": [], \"source\": \"国办发明电\"}", 403, 403, 404, 403, 403, 403,
                        403, 401),
                new Probe("GET", "/api/catalog/indicators", null, 200, 200, 200, 200, 200, 200, 200, 401),
                new Probe("GET", "/api/data-requests/" + request, null, 200, 404, 200, 403, 403, 403, 200, 401),
                new Probe("GET", "/api/tasks", null, 403, 403, 403, 403, 200, 200, 403, 401),
                // Who read a unit's data is for the unit and for supervision (AUDITOR), per the API sketch.
                new Probe("GET", "/api/units/" + unit + "/access-log", null, 404, 404, 404, 404, 200, 404, 200, 401),
                new Probe("GET", "/api/burden/departments?year=" + y + "&region=450103", null, 200, 200, 200, 200, 200,
                        200, 200, 401),
                new Probe("GET", "/api/burden/units/" + unit + "?year=" + y, null, 200, 200, 200, 404, 200, 404,
                        200, 401),
                new Probe("GET", "/api/burden/leaderboard?year=" + y, null, 200, 200, 200, 200, 200, 200, 200, 200),
                new Probe("GET", "/api/assessment/scores/" + unit + "?year=" + y, null, 200, 200, 200, 404, 200, 404,
                        200, 401),
                new Probe("POST", "/api/assessment/scores/450103/" + y + "/publish", null, 403, 403, 200, 403, 403,
                        403, 403, 401),
                new Probe("GET", "/api/assessment/veto-items", null, 200, 200, 200, 200, 200, 200, 200, 200),
                // What applies province-wide is the province's coordinators' alone: a county's gets 403 (#13).
                new Probe("POST", "/api/assessment/veto-items", "{\"code\": \"MATRIX_PROBE\", \"title\": \"探测\", "
                        + "\"mandate\": {\"issuingBody\": \"国务院办公厅\", \"document\": \"国办发〔2026〕1号\", \"issuedOn\": \"2026-01-05\"}}",
                        403, 403, 403, 403, 403, 403, 403, 401),
                new Probe("POST", "/api/assessment/indicators", "{\"code\": \"MATRIX_PROBE\", \"name\": \"探测\", "
                        + "\"evidenceKind\": \"SHARED_DATA\", \"evidence\": \"x\", \"mandate\": {\"issuingBody\": \"国务院办公厅\", \"document\": \"国办发〔2026〕1号\", \"issuedOn\": \"2026-01-05\"}}",
                        403, 403, 403,
                        403, 403, 403, 403, 401),
                new Probe("POST", "/api/catalog/indicators", "{}", 403, 403, 403, 403, 403, 403, 403, 401),
                new Probe("POST", "/api/feedback", "{}", 403, 403, 403, 403, 400, 400, 403, 401),
                new Probe("GET", "/api/admin/accounts", null, 403, 403, 200, 403, 403, 403, 403, 401),
                new Probe("POST", "/api/admin/accounts/nobody-by-this-name/disable", null, 403, 403, 404, 403, 403,
                        403, 403, 401),
                // Every signed-in account may change its own password (here refused: the body is empty).
                new Probe("PUT", "/api/auth/password", "{}", 400, 400, 400, 400, 400, 400, 400, 401));

        List<String> mismatches = new ArrayList<>();
        List<String> roles = List.copyOf(ROLES.keySet());
        for (Probe probe : probes) {
            for (int i = 0; i < roles.size(); i++) {
                if (probe.expected()[i] < 0) {
                    continue;
                }
                RequestSpecification spec = as(stack, roles.get(i));
                if (probe.body() != null) {
                    spec.body(probe.body());
                }
                int status = spec.request(probe.method(), probe.path()).statusCode();
                if (status != probe.expected()[i]) {
                    mismatches.add(probe.method() + " " + probe.path() + " as " + roles.get(i) + ": " + status
                            + ", expected " + probe.expected()[i]);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatch(es):\n" + String.join("\n", mismatches));
    }

    @Test
    void anotherDepartmentsPlanAndAnotherUnitsDataAreNotFoundAndStayUnchanged(RunningStack stack) {
        String plan = stack.seeded.emergencyPlan();
        String before = as(stack, "DEPT").get("/api/plans/" + plan).then().statusCode(200).extract().body().asString();
        // The plan's own content, well formed: only authority decides, and another department is told nothing.
        as(stack, "DEPT_OTHER").body(before).put("/api/plans/" + plan).then().statusCode(404);
        as(stack, "DEPT_OTHER").post("/api/plans/" + plan + "/cancel").then().statusCode(404);
        assertEquals(before, as(stack, "DEPT").get("/api/plans/" + plan).then().statusCode(200).extract().body()
                .asString());

        int year = RunningStack.YEAR - 1;
        String reading = as(stack, "AUDITOR").get("/api/data/450103001/SAFETY_INCIDENTS?period=" + year).then()
                .statusCode(200).extract().body().asString();
        as(stack, "UNIT_OTHER").body("[{\"unit\": \"450103001\", \"indicator\": \"SAFETY_INCIDENTS\", \"period\": \""
                + year + "\", \"value\": 99}]").post("/api/reports").then().statusCode(404);
        as(stack, "UNIT_OTHER").get("/api/data/450103001/SAFETY_INCIDENTS?period=" + year).then().statusCode(404);
        String taskOfXinzhu = as(stack, "UNIT").get("/api/tasks").then().statusCode(200).extract()
                .path("[0].id");
        as(stack, "UNIT_OTHER").body("{\"values\": []}").post("/api/tasks/" + taskOfXinzhu + "/submit").then()
                .statusCode(404);
        assertEquals(reading, as(stack, "AUDITOR").get("/api/data/450103001/SAFETY_INCIDENTS?period=" + year)
                .then().statusCode(200).extract().body().asString());
    }

    @Test
    void tokensThatDoNotVerifyAre401AtTheGatewayAndAtEachService(RunningStack stack) {
        String valid = SignedIn.as(stack, "coordinator-qingxiu");
        String[] parts = valid.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"region\":\"450103\"", "\"region\":\"45\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        String expired = stack.stack.minter().mint("coordinator-qingxiu", "COORDINATOR", null, null, "450103",
                Duration.ofMinutes(-5));
        String stranger = new io.grassroots.infra.TokenMinter(io.grassroots.infra.SigningKeys.generate()).mint(
                "coordinator-qingxiu", "COORDINATOR", null, null, "45", Duration.ofMinutes(5));
        List<String> bases = List.of(stack.gateway(), stack.url(Service.INSPECTION), stack.url(Service.SHARE),
                stack.url(Service.ASSESSMENT));
        List<String> paths = List.of("/api/plans?year=" + RunningStack.YEAR, "/api/plans?year=" + RunningStack.YEAR,
                "/api/catalog/indicators", "/api/burden/departments?year=" + RunningStack.YEAR);
        for (int i = 0; i < bases.size(); i++) {
            for (String token : List.of(tampered, expired, stranger)) {
                given().baseUri(bases.get(i)).auth().oauth2(token).get(paths.get(i)).then().statusCode(401);
            }
            given().baseUri(bases.get(i)).get(paths.get(i)).then().statusCode(401);
            given().baseUri(bases.get(i)).auth().oauth2(valid).get(paths.get(i)).then().statusCode(200);
        }
    }

    @Test
    void anOversizedBodyNeverReachesAService(RunningStack stack) {
        byte[] big = new byte[4 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        as(stack, "DEPT").body(big).post("/api/plans").then().statusCode(413)
                .body("type", equalTo("urn:grassroots:problem:body-too-large"));
    }
}
