package io.grassroots.inspection.visit;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.awaitPlaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A county's year decided at once: 8 clients approve plans into a scheduled county while the
 * coordinator runs scheduling again, confirms visits and departments cancel plans. Afterwards every
 * invariant is checked in the database, recomputed from the plans (not with the engine's code):
 * each approved plan-target in exactly one visit or on the unplaced list, windows, working days,
 * team and department caps, one merge family per visit, the monthly cap, plan statuses; and no
 * request answered 5xx (a 409 must say it may be retried, and is).
 */
@QuarkusTest
class ConcurrentScheduleTest {
    private static final String COUNTY = "450126";
    private static final Map<String, String> CATEGORY = Map.ofEntries(Map.entry("emergency", "WORK_SAFETY"),
            Map.entry("fire", "FIRE"), Map.entry("market", "FOOD_DRUG"), Map.entry("environment", "ENVIRONMENT"),
            Map.entry("natural-resources", "NATURAL_RESOURCES"), Map.entry("agriculture", "AGRICULTURE"),
            Map.entry("rural-revitalization", "RURAL_REVITALIZATION"), Map.entry("education", "EDUCATION"),
            Map.entry("health", "HEALTH"), Map.entry("civil-affairs", "CIVIL_AFFAIRS"), Map.entry("finance", "FINANCE"),
            Map.entry("audit", "AUDIT"), Map.entry("statistics", "STATISTICS"));
    private final String coordinator = TestTokens.coordinator(COUNTY);
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @Inject
    Db db;

    @Test
    void concurrentDecisionsLeaveAScheduleThatKeepsEveryRule() throws Exception {
        Random random = new Random(2026);
        List<String[]> submitted = new ArrayList<>();
        for (String slug : CATEGORY.keySet().stream().sorted().toList()) {
            for (int half = 0; half < 4; half++) {
                submitted.add(new String[] { slug, file(slug, half, random) });
            }
        }
        Collections.shuffle(submitted, random);
        List<String[]> early = submitted.subList(0, 12);
        List<String[]> late = new ArrayList<>(submitted.subList(12, submitted.size()));
        // A plan over the county's 238 villages: too many units to lock one by one, so it locks the county.
        late.add(new String[] { "health", villagesPlan() });
        early.forEach(p -> approve(p[1]));
        as(coordinator).post("/api/schedule/" + COUNTY + "/2026").then().statusCode(200);

        List<Callable<Void>> work = new ArrayList<>();
        // The findings to accept are read first, so that the decisions themselves arrive together.
        Map<String, List<String>> reviews = new java.util.HashMap<>();
        late.forEach(p -> reviews.put(p[1], review(p[1])));
        late.forEach(p -> work.add(() -> {
            decide(p[1], reviews.get(p[1]));
            return null;
        }));
        work.add(() -> {
            retrying(() -> as(coordinator).post("/api/schedule/" + COUNTY + "/2026"));
            return null;
        });
        for (String[] cancelled : early.subList(0, 3)) {
            work.add(() -> {
                expect(retrying(() -> as(TestTokens.department(COUNTY + "-" + cancelled[0], COUNTY))
                        .body(Map.of("reason", "合并到年度计划")).post("/api/plans/" + cancelled[1] + "/cancel")),
                        "cancelling " + cancelled[1], 200);
                return null;
            });
        }
        List<String> toConfirm = as(coordinator).get("/api/visits?size=4&from=2026-05-15").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(4, toConfirm.size(), "there are visits to confirm");
        // A visit the run or a cancellation moved away is gone (404) or no longer planned (409), nothing else.
        toConfirm.forEach(id -> work.add(() -> {
            expect(retrying(() -> as(coordinator).post("/api/visits/" + id + "/confirm")), "confirming " + id, 200,
                    404, 409);
            return null;
        }));
        Collections.shuffle(work, random);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> f : clients.invokeAll(work)) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        assertEquals(List.of(), new ArrayList<>(failures), "no 5xx, and every 409 said it may be retried");
        late.forEach(p -> awaitPlaced(coordinator, p[1]));
        assertEquals(0, db.count("select count(*) from placement_queue"), "every approved plan was placed");
        for (String[] cancelled : early.subList(0, 3)) {
            as(coordinator).get("/api/plans/" + cancelled[1]).then().statusCode(200).body("status",
                    org.hamcrest.Matchers.equalTo("CANCELLED"));
        }
        assertTrue(db.count("select count(*) from visit where status = 'CONFIRMED' and unit_code like '" + COUNTY
                + "%'") > 0, "confirmations went through amid the decisions");
        String scope = "'" + COUNTY + "%'";
        long placed = db.count("select count(*) from visit_member where unit_code like " + scope);
        long refused = db.count("select count(*) from unplaced_target where unit_code like " + scope);
        // 52 plans over 6 townships in two months: the monthly cap binds, and much is still merged.
        assertTrue(placed > 60 && refused > 20, "placed " + placed + ", unplaced " + refused);
        assertTrue(db.count("select count(*) from visit_member where unit_code like '" + COUNTY + "1__2__'") > 0,
                "the villages plan was placed");
        ScheduleInvariants.check(db, COUNTY);
    }

    /**
     * When the team cap splits one day's plans into two visits of a group, both keep their plans as a
     * later approval joins one of them: before, the store matched stored visits by unit, day and group,
     * lost one of two such visits and copied its plans into a new one each time.
     */
    @Test
    void twoVisitsOfAGroupOnOneDayStayTwoWhenAPlanJoins() {
        String county = "450181";
        String unit = "450181100";
        String coordinator = TestTokens.coordinator(county);
        List<String> plans = new ArrayList<>();
        for (String[] d : new String[][] { { "emergency", "WORK_SAFETY" }, { "fire", "FIRE" },
                { "market", "FOOD_DRUG" },
                { "emergency", "WORK_SAFETY" } }) {
            String dept = TestTokens.department(county + "-" + d[0], county);
            String id = as(dept).body(PlanJson.valid().with("category", d[1]).with("targets", List.of(unit))
                    .with("title", "2026年同日检查" + plans.size()).with("windowStart", "2026-05-13")
                    .with("windowEnd", "2026-05-13").with("teamSize", plans.size() < 3 ? 5 : 1).body())
                    .post("/api/plans").then().statusCode(201).extract().path("id");
            as(dept).post("/api/plans/" + id + "/submit").then().statusCode(200);
            plans.add(id);
        }
        for (String id : plans.subList(0, 3)) {
            List<String> review = as(coordinator).get("/api/plans/" + id).then().extract()
                    .path("findings.findAll { it.severity == 'REVIEW' }.rule");
            as(coordinator).body(Map.of("decision", "APPROVE", "reason", "同意", "acceptedFindings", review))
                    .post("/api/plans/" + id + "/decision").then().statusCode(200);
        }
        as(coordinator).post("/api/schedule/" + county + "/2026").then().statusCode(200);
        assertEquals(2, db.count("select count(*) from visit where unit_code = ? and visit_date = '2026-05-13'", unit),
                "10 people per visit: the three teams of 5 need two visits that day");
        String late = plans.get(3);
        List<String> review = as(coordinator).get("/api/plans/" + late).then().extract()
                .path("findings.findAll { it.severity == 'REVIEW' }.rule");
        as(coordinator).body(Map.of("decision", "APPROVE", "reason", "同意", "acceptedFindings", review))
                .post("/api/plans/" + late + "/decision").then().statusCode(200)
                .body("placementPending", org.hamcrest.Matchers.equalTo(true));
        awaitPlaced(coordinator, late);
        assertEquals(2, db.count("select count(*) from visit where unit_code = ?", unit));
        assertEquals(4, db.count("select count(*) from visit_member where unit_code = ?", unit),
                "each of the four plans is in one visit");
    }

    /**
     * Files and submits a plan of the department over 4 of the county's first 6 townships, in May or
     * June: 52 plans over 6 townships make the monthly cap bind. Returns its id.
     */
    private String file(String slug, int half, Random random) {
        LocalDate start = LocalDate.of(2026, 5 + random.nextInt(2), 1 + random.nextInt(20));
        List<String> townships = new ArrayList<>(List.of("450126100", "450126101", "450126102", "450126103",
                "450126104", "450126105"));
        Collections.shuffle(townships, random);
        String dept = TestTokens.department(COUNTY + "-" + slug, COUNTY);
        String id = as(dept)
                .body(PlanJson.valid().with("category", CATEGORY.get(slug)).with("targets", townships.subList(0, 4))
                        .with("title", "2026年" + slug + "检查" + half).with("windowStart", start.toString())
                        .with("windowEnd", start.plusDays(7 + random.nextInt(20)).toString())
                        .with("teamSize", 2 + random.nextInt(3)).body())
                .post("/api/plans").then().statusCode(201)
                .extract().path("id");
        as(dept).post("/api/plans/" + id + "/submit").then().statusCode(200);
        return id;
    }

    /** A health plan over every village of the county, submitted; returns its id. */
    private String villagesPlan() {
        String dept = TestTokens.department(COUNTY + "-health", COUNTY);
        String id = as(dept).body(PlanJson.valid().with("category", "HEALTH").without("targets")
                .with("targetSelector", Map.of("under", COUNTY, "level", "VILLAGE")).with("title", "2026年村卫生室检查")
                .with("windowStart", "2026-06-01").with("windowEnd", "2026-06-30").with("teamSize", 2).body())
                .post("/api/plans").then().statusCode(201).extract().path("id");
        as(dept).post("/api/plans/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private void expect(Response answer, String what, Integer... allowed) {
        if (!List.of(allowed).contains(answer.statusCode())) {
            failures.add(what + ": " + answer.statusCode() + " " + answer.asString());
        }
    }

    private void approve(String planId) {
        decide(planId, review(planId));
    }

    private List<String> review(String planId) {
        return as(coordinator).get("/api/plans/" + planId).then().statusCode(200).extract()
                .path("findings.findAll { it.severity == 'REVIEW' }.rule");
    }

    private void decide(String planId, List<String> review) {
        Response answer = retrying(() -> as(coordinator).body(Map.of("decision", "APPROVE", "reason", "同意",
                "acceptedFindings", review)).post("/api/plans/" + planId + "/decision"));
        if (answer.statusCode() != 200) {
            failures.add("approving " + planId + ": " + answer.statusCode() + " " + answer.asString());
        }
    }

    /** Sends until the answer is not a retryable 409; records 5xx and unexplained 409s. */
    private Response retrying(Supplier<Response> call) {
        for (int attempt = 1;; attempt++) {
            Response r = call.get();
            if (r.statusCode() >= 500) {
                failures.add(r.statusCode() + " " + r.asString());
                return r;
            }
            boolean retry = r.statusCode() == 409 && r.asString().contains("\"RETRY\"");
            if (!retry || attempt == 20) {
                return r;
            }
        }
    }
}
