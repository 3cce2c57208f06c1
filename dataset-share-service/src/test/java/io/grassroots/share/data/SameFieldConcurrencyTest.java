package io.grassroots.share.data;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Writers of one field at the same moment each get their own version, none refused or lost; requests
 * missing the same field at the same moment share one task.
 */
@QuarkusTest
class SameFieldConcurrencyTest extends ShareTest {
    private static final String UNIT = "450102003";

    @Test
    void simultaneousReportsOfOneFieldAreAllKeptAsSuccessiveVersions() throws Exception {
        int writers = 8;
        List<Integer> statuses = together(writers, i -> report(List.of(field("SCHOOLS", "2022", 10 + i))));
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        assertEquals(writers, db.count("select count(*) from data_value where unit_code = '" + UNIT
                + "' and indicator = 'SCHOOLS' and period = '2022'"));
        assertEquals("1,2,3,4,5,6,7,8",
                db.text("select string_agg(version::text, ',' order by version) from data_value "
                        + "where unit_code = '" + UNIT + "' and indicator = 'SCHOOLS' and period = '2022'"));
        assertEquals("10,11,12,13,14,15,16,17", db.text("select string_agg(value::text, ',' order by value) "
                + "from data_value where unit_code = '" + UNIT + "' and indicator = 'SCHOOLS' and period = '2022'"));
    }

    @Test
    void batchesNamingTheSameFieldsInOppositeOrdersDoNotDeadlock() throws Exception {
        List<Integer> statuses = together(6, i -> report(i % 2 == 0
                ? List.of(field("CLINICS", "2022", i), field("POPULATION", "2022", i))
                : List.of(field("POPULATION", "2022", i), field("CLINICS", "2022", i))));
        assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses);
        assertEquals(12, db.count("select count(*) from data_value where unit_code = '" + UNIT
                + "' and indicator in ('CLINICS', 'POPULATION') and period = '2022'"));
    }

    @Test
    void simultaneousRequestsMissingTheSameFieldShareOneTask() throws Exception {
        String statistics = TestTokens.department("450102-statistics", "450102");
        List<String> bodies = together(4, i -> given().auth().oauth2(statistics).contentType(ContentType.JSON)
                .body(Map.of("title", "人口核对 " + i, "indicators", List.of("POPULATION"), "units", List.of(UNIT),
                        "period", "2019", "dueDate", "2026-04-30"))
                .post("/api/data-requests").then().statusCode(201).extract().asString());
        assertEquals(1, bodies.stream().filter(b -> b.contains("\"askedOfUnits\":1")).count(), bodies.toString());
        assertEquals(3, bodies.stream().filter(b -> b.contains("\"coalesced\":1")).count(), bodies.toString());
        assertEquals(1, db.count("select count(*) from task_field where unit_code = '" + UNIT
                + "' and indicator = 'POPULATION' and period = '2019'"));
    }

    private static Map<String, Object> field(String indicator, String period, int value) {
        return Map.of("unit", UNIT, "indicator", indicator, "period", period, "value", value);
    }

    private static int report(List<Map<String, Object>> batch) {
        return given().auth().oauth2(TestTokens.unit(UNIT)).contentType(ContentType.JSON).body(batch)
                .post("/api/reports").then().extract().statusCode();
    }

    /** Runs the calls at once (released by one latch) and returns their results in call order. */
    private static <T> List<T> together(int n, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    go.await();
                    return call.apply(index);
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
