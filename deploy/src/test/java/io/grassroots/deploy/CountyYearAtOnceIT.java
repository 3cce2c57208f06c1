package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A county's year filed at once through the gateway, as its users would: 13 departments of 宾阳县
 * sign in with their own accounts and file 39 plans over its townships from 8 clients; the county's
 * coordinator approves half, runs scheduling, then approves the rest while confirming visits,
 * departments cancel plans and a second run goes on. Afterwards everything is checked from the
 * outside, through the API: each approved plan-target in exactly one visit or unplaced with its
 * reason and suggestion; windows, working days, team, department and monthly caps; no 5xx.
 */
@ExtendWith(StackExtension.class)
class CountyYearAtOnceIT {
    private static final String COUNTY = "450126";
    private static final int CLIENTS = 8;
    private static final List<String[]> DEPARTMENTS = List.of(new String[] { "emergency", "WORK_SAFETY" },
            new String[] { "fire", "FIRE" }, new String[] { "market", "FOOD_DRUG" },
            new String[] { "environment", "ENVIRONMENT" }, new String[] { "natural-resources", "NATURAL_RESOURCES" },
            new String[] { "agriculture", "AGRICULTURE" },
            new String[] { "rural-revitalization", "RURAL_REVITALIZATION" },
            new String[] { "education", "EDUCATION" }, new String[] { "health", "HEALTH" },
            new String[] { "civil-affairs", "CIVIL_AFFAIRS" }, new String[] { "finance", "FINANCE" },
            new String[] { "audit", "AUDIT" }, new String[] { "statistics", "STATISTICS" });

    private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private GatewayClient gateway;
    private CountyAccounts accounts;

    @Test
    void aCountysYearDecidedAtOnceKeepsEveryRule(RunningStack stack) throws Exception {
        this.gateway = new GatewayClient(stack.gateway(), serverErrors);
        this.accounts = new CountyAccounts(gateway, COUNTY);
        int year = RunningStack.YEAR;
        Random random = new Random(year);
        accounts.create(SignedIn.as(stack, "admin"), DEPARTMENTS);
        // The county declares a no-meeting fortnight: no visit may fall in it.
        gateway.ok("PUT", "/api/policy/" + COUNTY + "/" + year, accounts.token("coordinator-binyang"), """
                {"blackouts": [{"from": "%1$d-07-20", "to": "%1$d-07-31", "reason": "防汛"}]}""".formatted(year));
        List<Callable<String[]>> filing = new ArrayList<>();
        for (String[] d : DEPARTMENTS) {
            for (int part = 0; part < 3; part++) {
                int p = part;
                filing.add(() -> new String[] { d[0], file(d[0], d[1], year, p, new Random(random.nextLong())) });
            }
        }
        List<String[]> plans = run(filing);
        Collections.shuffle(plans, random);
        String coordinator = accounts.token("coordinator-binyang");
        run(plans.subList(0, 18).stream().<Callable<String[]>>map(p -> () -> approve(p[1])).toList());
        gateway.ok("POST", "/api/schedule/" + COUNTY + "/" + year, coordinator, null);

        List<Callable<String[]>> rest = new ArrayList<>();
        plans.subList(18, plans.size()).forEach(p -> rest.add(() -> approve(p[1])));
        rest.add(() -> new String[] { gateway.ok("POST", "/api/schedule/" + COUNTY + "/" + year, coordinator, null) });
        for (String[] p : plans.subList(0, 3)) {
            rest.add(() -> new String[] { gateway.ok("POST", "/api/plans/" + p[1] + "/cancel",
                    accounts.token(p[0] + "-binyang"), "{\"reason\": \"并入联合检查\"}") });
        }
        JsonPath some = JsonPath.from(gateway.ok("GET", "/api/visits?size=5&unit=" + COUNTY + "100", coordinator,
                null));
        for (String visit : some.getList("items.id", String.class)) {
            rest.add(() -> new String[] { gateway.send("POST", "/api/visits/" + visit + "/confirm", coordinator, null)
                    .body() });
        }
        Collections.shuffle(rest, random);
        run(rest);

        assertEquals(List.of(), new ArrayList<>(serverErrors), "no answer was a 5xx");
        check(plans, coordinator, year);
    }

    private String file(String slug, String category, int year, int part, Random random) {
        String dept = accounts.token(slug + "-binyang");
        LocalDate start = LocalDate.of(year, 3 + part * 3 + random.nextInt(2), 1 + random.nextInt(12));
        LocalDate end = start.plusDays(12 + random.nextInt(35));
        String created = gateway.ok("POST", "/api/plans", dept, """
                {"year": %d, "title": "%d年%s检查（%d）", "kind": "INSPECTION", "scope": "SPECIAL", "category": "%s",
                 "targetSelector": {"under": "%s", "level": "TOWNSHIP"}, "windowStart": "%s", "windowEnd": "%s",
                 "onSiteDays": %d, "teamSize": %d, "materials": ["SAFETY_INCIDENTS"], "mandate": "宾政发〔%d〕%d号"}"""
                .formatted(year, year, slug, part, category, COUNTY, start, end, 1 + random.nextInt(2),
                        2 + random.nextInt(3), year, part + 1));
        String id = JsonPath.from(created).getString("id");
        gateway.ok("POST", "/api/plans/" + id + "/submit", dept, null);
        return id;
    }

    private String[] approve(String planId) {
        String coordinator = accounts.token("coordinator-binyang");
        List<String> review = JsonPath.from(gateway.ok("GET", "/api/plans/" + planId, coordinator, null))
                .getList("findings.findAll { it.severity == 'REVIEW' }.rule", String.class);
        String accepted = review.isEmpty() ? "[]" : "[\"" + String.join("\", \"", new TreeSet<>(review)) + "\"]";
        gateway.ok("POST", "/api/plans/" + planId + "/decision", coordinator,
                "{\"decision\": \"APPROVE\", \"reason\": \"同意\", \"acceptedFindings\": " + accepted + "}");
        return new String[] { planId };
    }

    private List<String[]> run(List<Callable<String[]>> work) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<String[]> out = new ArrayList<>();
            for (Future<String[]> f : clients.invokeAll(work)) {
                out.add(f.get());
            }
            return out;
        } finally {
            clients.shutdown();
        }
    }

    private void check(List<String[]> plans, String coordinator, int year) {
        Map<String, JsonPath> byId = new HashMap<>();
        for (String[] p : plans) {
            // An approval returns once the decision is committed; the plan is placed right after it.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofMillis(100)).until(() -> {
                        JsonPath plan = JsonPath.from(gateway.ok("GET", "/api/plans/" + p[1], coordinator, null));
                        byId.put(p[1], plan);
                        return plan.get("placementPending") == null;
                    });
        }
        List<Map<String, Object>> visits = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath answer = JsonPath.from(gateway.ok("GET", "/api/visits?size=500&page=" + page + "&from=" + year
                    + "-01-01&to=" + year + "-12-31", coordinator, null));
            visits.addAll(answer.getList("items.findAll { it.countyCode == '" + COUNTY + "' }"));
            if ((page + 1) * 500L >= answer.getLong("total")) {
                break;
            }
        }
        WorkingCalendar calendar = OfficialCalendarData.shipped();
        Map<String, Integer> perUnitMonth = new HashMap<>();
        Map<String, Integer> placements = new HashMap<>();
        for (Map<String, Object> v : visits) {
            String unit = (String) v.get("unitCode");
            List<String> days = Check.strings(v.get("days"));
            perUnitMonth.merge(unit + "@" + YearMonth.from(LocalDate.parse(days.get(0))), 1, Integer::sum);
            days.forEach(d -> assertTrue(calendar.isWorkingDay(LocalDate.parse(d)), d + " is a working day"));
            LocalDate blackoutFrom = LocalDate.of(year, 7, 20);
            days.forEach(d -> assertTrue(LocalDate.parse(d).isBefore(blackoutFrom)
                    || LocalDate.parse(d).isAfter(blackoutFrom.plusDays(11)), d + " lies outside the blackout"));
            Map<String, Integer> teams = new HashMap<>();
            Set<String> groups = new TreeSet<>();
            for (Map<String, Object> part : Check.maps(v.get("plans"))) {
                String planId = (String) part.get("planId");
                JsonPath plan = byId.get(planId);
                assertNotNull(plan, "visit " + v.get("id") + " serves a plan of this test");
                placements.merge(planId + "@" + unit, 1, Integer::sum);
                int onSite = plan.getInt("onSiteDays");
                assertTrue(days.size() >= onSite, "the visit lasts the plan's on-site days");
                assertFalse(LocalDate.parse(days.get(0)).isBefore(LocalDate.parse(plan.getString("windowStart"))),
                        "visit " + v.get("id") + " starts inside plan " + planId + "'s window");
                assertFalse(LocalDate.parse(days.get(onSite - 1)).isAfter(LocalDate.parse(plan.getString("windowEnd"))),
                        "visit " + v.get("id") + " ends inside plan " + planId + "'s window");
                assertTrue(List.of("APPROVED", "SCHEDULED").contains(plan.getString("status")),
                        "only approved plans are visited");
                teams.merge(plan.getString("department"), plan.getInt("teamSize"), Math::max);
                groups.add(plan.getString("categoryGroup"));
            }
            assertTrue(teams.values().stream().mapToInt(Integer::intValue).sum() <= 10, "a joint team of at most 10");
            assertTrue(teams.size() <= 6, "at most 6 departments in a visit");
            assertEquals(Set.of(v.get("group")), groups, "one merge family per visit");
        }
        perUnitMonth.forEach((k, n) -> assertTrue(n <= 2, k + " has " + n + " visits"));
        int placed = 0;
        int unplaced = 0;
        for (String[] p : plans) {
            JsonPath plan = byId.get(p[1]);
            String status = plan.getString("status");
            boolean live = List.of("APPROVED", "SCHEDULED").contains(status);
            assertTrue(live || "CANCELLED".equals(status), "plan " + p[1] + " was decided: " + status);
            Map<String, Map<String, Object>> refused = new HashMap<>();
            Check.maps(plan.get("unplaced")).forEach(u -> refused.put((String) u.get("unitCode"), u));
            for (String unit : plan.getList("targets", String.class)) {
                int in = placements.getOrDefault(p[1] + "@" + unit, 0);
                if (!live) {
                    assertEquals(0, in + refused.size(), "a cancelled plan is in no visit and on no list");
                    continue;
                }
                Map<String, Object> why = refused.get(unit);
                assertEquals(1, in + (why == null ? 0 : 1), p[1] + "@" + unit + " is in one visit or unplaced");
                if (why != null) {
                    unplaced++;
                    assertFalse(((String) why.get("reason")).isBlank(), "an unplaced plan-target says why");
                    assertNotNull(why.get("suggestion"), "and where it would fit: " + why);
                } else {
                    placed++;
                }
            }
            assertEquals(status.equals("SCHEDULED"), placements.keySet().stream().anyMatch(k -> k.startsWith(p[1])),
                    "a plan is SCHEDULED exactly when it has a visit");
        }
        assertTrue(placed > 300, "the county's year was placed: " + placed + " placed, " + unplaced + " unplaced");
    }
}
