package io.grassroots.inspection.plan;

import static io.grassroots.inspection.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.inspection.support.CountedRequests;
import io.grassroots.testing.TestTokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: what one plan's intake costs the service, call by call, as the intake benchmark files it
 * (a department's plan over a county's townships by selector, submitted, approved by the county's
 * coordinator with the review findings accepted). The statements each call runs are counted at the
 * JDBC driver (CountedRequests) and bounded, and no query of a warm intake misses Hibernate's query plan
 * cache; the service's CPU time per call is printed, not asserted.
 */
@QuarkusTest
class IntakeStatementsTest {
    /** A county with 12 townships that no other test files plans in. */
    private static final String COUNTY = "450224";
    private static final String DEPT = COUNTY + "-emergency";
    private static final int TOWNSHIPS = 12;
    /** Upper bounds per call: before #19's change a create ran 14 statements, a submit 15, a decision 6. */
    private static final int CREATE = 7;
    private static final int SUBMIT = 7;
    private static final int DECIDE = 4;

    @Inject
    SessionFactory sessionFactory;

    private final String dept = TestTokens.department(DEPT, COUNTY);
    private final String coordinator = TestTokens.coordinator(COUNTY);

    /** One call's answer with what it cost the service. */
    private record Cost(ExtractableResponse<Response> answer, int statements, long cpuMicros, long serviceMicros,
            double wallMs) {
    }

    @Test
    void aPlansIntakeRunsAFewStatementsPerCall() {
        // Warm-up: the official calendar's cache, the queries' plans and the other plans the rules weigh.
        for (int i = 0; i < 3; i++) {
            intake(i);
        }
        Statistics queries = sessionFactory.getStatistics();
        queries.clear();
        queries.setStatisticsEnabled(true);
        List<Cost> plan;
        try {
            plan = intake(3);
        } finally {
            queries.setStatisticsEnabled(false);
        }
        System.out.printf("intake query plan cache: %d hits, %d misses%n", queries.getQueryPlanCacheHitCount(),
                queries.getQueryPlanCacheMissCount());
        // Every query of a warm intake is a constant text with parameters: none is parsed again.
        assertTrue(queries.getQueryPlanCacheHitCount() > 0, "the query plan cache was not counted");
        assertEquals(0, queries.getQueryPlanCacheMissCount(), "queries parsed again in a warm intake");
        System.out.printf("intake statements per call (%d townships): create %d, submit %d, decide %d%n", TOWNSHIPS,
                plan.get(0).statements(), plan.get(1).statements(), plan.get(2).statements());
        assertTrue(plan.get(0).statements() <= CREATE, "create ran " + plan.get(0).statements() + " statements");
        assertTrue(plan.get(1).statements() <= SUBMIT, "submit ran " + plan.get(1).statements() + " statements");
        assertTrue(plan.get(2).statements() <= DECIDE, "decide ran " + plan.get(2).statements() + " statements");

        // The service's CPU per call in this warm JVM (the request thread's, between the filters) and the
        // test's wall time per call, over a run of plans: printed for the record, not asserted.
        int n = 30;
        long[] cpu = new long[3];
        long[] service = new long[3];
        double[] wall = new double[3];
        int[] statements = new int[3];
        for (int i = 0; i < n; i++) {
            List<Cost> costs = intake(10 + i);
            for (int k = 0; k < 3; k++) {
                cpu[k] += costs.get(k).cpuMicros();
                service[k] += costs.get(k).serviceMicros();
                wall[k] += costs.get(k).wallMs();
                statements[k] = Math.max(statements[k], costs.get(k).statements());
            }
        }
        String[] kinds = { "create", "submit", "decide" };
        for (int k = 0; k < 3; k++) {
            System.out.printf("intake %s over %d plans: service CPU %.2f ms/call, in the service %.2f ms/call, "
                    + "wall %.2f ms/call, at most %d statements%n", kinds[k], n, cpu[k] / 1000.0 / n,
                    service[k] / 1000.0 / n, wall[k] / n, statements[k]);
        }
    }

    /** Creates, submits and approves one plan; what each of the three calls cost. */
    private List<Cost> intake(int i) {
        int month = 4 + i % 3;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", 2026);
        body.put("title", "2026年安全生产专项检查 " + i);
        body.put("kind", "INSPECTION");
        body.put("scope", "SPECIAL");
        body.put("category", "WORK_SAFETY");
        body.put("targetSelector", Map.of("under", COUNTY, "level", "TOWNSHIP"));
        body.put("windowStart", "2026-0" + month + "-01");
        body.put("windowEnd", "2026-0" + month + "-28");
        body.put("onSiteDays", 1);
        body.put("teamSize", 3);
        body.put("materials", List.of("SAFETY_INCIDENTS"));
        body.put("mandate", "桂安委〔2026〕" + i + "号");
        List<Cost> costs = new ArrayList<>();
        Cost create = counted(as(dept).body(body), "/api/plans", 201);
        create.answer().response().then().body("targetCount", equalTo(TOWNSHIPS));
        costs.add(create);
        String id = create.answer().path("id");
        Cost submit = counted(as(dept), "/api/plans/" + id + "/submit", 200);
        submit.answer().response().then().body("status", equalTo("SUBMITTED"));
        costs.add(submit);
        List<String> review = new ArrayList<>(new LinkedHashSet<>(submit.answer()
                .<List<String>>path("findings.findAll { it.severity == 'REVIEW' }.rule")));
        Cost decide = counted(as(coordinator).body(Map.of("decision", "APPROVE", "reason", "同意",
                "acceptedFindings", review)), "/api/plans/" + id + "/decision", 200);
        decide.answer().response().then().body("status", equalTo("APPROVED"));
        costs.add(decide);
        return costs;
    }

    private static Cost counted(RequestSpecification request, String path, int status) {
        long t0 = System.nanoTime();
        ExtractableResponse<Response> answer = request.header(CountedRequests.ASK, "true").post(path).then()
                .statusCode(status).extract();
        double wallMs = (System.nanoTime() - t0) / 1e6;
        int statements = Integer.parseInt(answer.header(CountedRequests.STATEMENTS));
        assertTrue(statements >= 0, "the statements of " + path + " were not counted on its thread");
        return new Cost(answer, statements, Long.parseLong(answer.header(CountedRequests.CPU_MICROS)),
                Long.parseLong(answer.header(CountedRequests.WALL_MICROS)), wallMs);
    }
}
